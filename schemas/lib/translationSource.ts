// Which document a translation was made from, read from the translation.metadata document that
// links them, and whether the translation has fallen behind it. Plain values, no Sanity imports.
import {DEFAULT_LANGUAGE, translationIsStale} from './languages'

/** A translation.metadata document as the plugin writes it (only what is read here). */
export interface TranslationMetadata {
  translations?: readonly {language?: string; value?: {_ref?: string}}[] | null
}

const publishedIdOf = (id: string) => id.replace(/^drafts\./, '')

/**
 * The id of the default-language document a translation was made from, or undefined when `id` is
 * not a translation in `metadata` (it is the source itself, or is not linked at all).
 */
export function translationSourceId(metadata: TranslationMetadata | null | undefined, id: string): string | undefined {
  const translations = metadata?.translations ?? []
  const own = translations.find((entry) => entry.value?._ref === publishedIdOf(id))
  if (!own || own.language === DEFAULT_LANGUAGE) return undefined
  const source = translations.find((entry) => entry.language === DEFAULT_LANGUAGE)?.value?._ref
  return source && source !== publishedIdOf(id) ? source : undefined
}

export interface Stamped {
  _id: string
  _updatedAt: string
}

/** How a translation stands against its source: stale (and since when) or up to date. */
export type TranslationStatus = {stale: true; sourceId: string; sourceUpdatedAt: string} | {stale: false}

export function translationStatus(
  source: Stamped | null | undefined,
  translation: Stamped | null | undefined,
): TranslationStatus {
  if (!source || !translation || !translationIsStale(source, translation)) return {stale: false}
  return {stale: true, sourceId: source._id, sourceUpdatedAt: source._updatedAt}
}
