// The same page in the other languages: the hreflang links of every page, the sitemap's alternates
// and the language switch all come from here. A document's translations are the members of its
// translation set (the Studio's translation.metadata) that are published and have a page; a
// section, the home page and the fixed pages exist in every language.
import {DEFAULT_LANGUAGE, LANGUAGE_IDS, type Language} from '../../../schemas/lib/languages'
import type {SectionKey} from '../../../schemas/lib/sections'
import type {ContentOf, RoutedCollection} from '../content/collections'
import type {TranslationSet} from '../content/collections/translations'
import {messagesFor} from '../i18n/messages'
import {homePath, pathFor, sectionPath} from './routes'

/** The page in one language. */
export interface Alternate {
  language: Language
  path: string
}

/** The same page in every language, for pages every language has (sections, the home page). */
export function everyLanguage(pathIn: (language: Language) => string): Alternate[] {
  return LANGUAGE_IDS.map((language) => ({language, path: pathIn(language)}))
}

export const sectionAlternates = (section: SectionKey): Alternate[] => everyLanguage((language) => sectionPath(section, language))

export const homeAlternates = (): Alternate[] => everyLanguage(homePath)

interface Routed {
  _id: string
  _type: string
  slug: string
  language: Language
}

const setIndexes = new WeakMap<readonly TranslationSet[], Map<string, TranslationSet>>()

/** The translation set a document belongs to, by the document's id. */
function setOf(sets: readonly TranslationSet[], id: string): TranslationSet | undefined {
  let index = setIndexes.get(sets)
  if (!index) {
    index = new Map(sets.flatMap((set) => set.members.map((member) => [member.id, set] as const)))
    setIndexes.set(sets, index)
  }
  return index.get(id)
}

const idIndexes = new WeakMap<readonly object[], Map<string, Routed>>()

function byId(documents: readonly Routed[], id: string): Routed | undefined {
  let index = idIndexes.get(documents)
  if (!index) {
    index = new Map(documents.map((document) => [document._id, document]))
    idIndexes.set(documents, index)
  }
  return index.get(id)
}

/**
 * A document's page in every language it is published in, itself included; just itself when it
 * has no translations. `documents` are its collection's documents (in every language).
 */
export function documentAlternates<C extends RoutedCollection>(
  document: ContentOf<C>,
  documents: readonly ContentOf<C>[],
  sets: readonly TranslationSet[],
): Alternate[] {
  const own = pathFor(document)
  const members = setOf(sets, document._id)?.members ?? []
  const alternates = new Map<Language, string>(own ? [[document.language, own]] : [])
  for (const member of members) {
    const translation = byId(documents, member.id)
    // A translation must be what it says: the same kind of document, in the language the set says.
    if (!translation || translation.language !== member.language || translation._type !== document._type) continue
    const path = pathFor(translation)
    if (path && !alternates.has(member.language)) alternates.set(member.language, path)
  }
  return LANGUAGE_IDS.flatMap((language) => {
    const path = alternates.get(language)
    return path ? [{language, path}] : []
  })
}

/** Where the language switch of a page in `current` leads, for each other published language. */
export interface SwitchTarget {
  language: Language
  href: string
}

/**
 * The switch leads to the same page in the other language, or (when it has no translation) to that
 * language's home page, at the note that says so: never to a page that does not exist.
 */
export function switchTargets(
  current: Language,
  alternates: readonly Alternate[],
  published: readonly Language[],
): SwitchTarget[] {
  return published
    .filter((language) => language !== current)
    .map((language) => {
      const translation = alternates.find((alternate) => alternate.language === language)
      return {language, href: translation?.path ?? `${homePath(language)}#${messagesFor(language).missingTranslation.anchor}`}
    })
}

/** The hreflang links of a page: every language's page, and the default language's as x-default. */
export function hreflangLinks(alternates: readonly Alternate[]): {hreflang: string; path: string}[] {
  if (alternates.length < 2) return []
  const fallback = alternates.find((alternate) => alternate.language === DEFAULT_LANGUAGE)
  return [
    ...alternates.map((alternate) => ({hreflang: alternate.language, path: alternate.path})),
    ...(fallback ? [{hreflang: 'x-default', path: fallback.path}] : []),
  ]
}
