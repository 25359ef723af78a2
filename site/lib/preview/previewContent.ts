// Content for one preview request: every collection read with the drafts perspective, through the
// same queries and validation as a build, at most once per request. A draft that would stop a build
// (a required field left empty while the editor works) does not break the preview: its published
// version is shown instead, and the page says which draft and why.
import {AsyncLocalStorage} from 'node:async_hooks'
import {contentCollections, onceEach, type CollectionName, type ContentOf} from '../content/collections'
import {fetchAll} from '../content/syncRequests'
import {mirrorImagesIn, previewMediaCacheDir} from '../content/media'
import type {ContentSource} from '../content/source'
import {collectionValidator, validateCollection} from '../content/validate'

export interface PreviewContent {
  collection<K extends CollectionName>(name: K): Promise<ContentOf<K>[]>
  /** Problems of drafts shown by their published version instead, one sentence each, so far. */
  problems(): readonly string[]
}

const current = new AsyncLocalStorage<PreviewContent>()

/** The preview content of the request being rendered; undefined in builds. */
export function previewContent(): PreviewContent | undefined {
  return current.getStore()
}

/** Runs `render` with `content` as the preview content of everything it awaits. */
export function withPreviewContent<T>(content: PreviewContent, render: () => Promise<T>): Promise<T> {
  return current.run(content, render)
}

/**
 * `source` reads drafts; `published` (opened only when a draft has a problem) reads what is
 * published, for the documents whose drafts cannot be shown.
 */
export function createPreviewContent(source: ContentSource, published: () => Promise<ContentSource>): PreviewContent {
  const problems: string[] = []
  const load = async <K extends CollectionName>(name: K): Promise<ContentOf<K>[]> => {
    // The same query and validation as a build; each document is checked against its own schema.
    const collection = contentCollections[name]
    const validator = collectionValidator(collection)
    const entries = validator.check(await fetchAll(source, collection.query))
    const invalid = validator.invalidIds()
    if (invalid.length > 0) {
      problems.push(...validator.problems)
      // A published version must itself be valid: a build holds it to the same rules.
      const query = /* groq */ `*[${collection.filter} && _id in $ids] ${collection.projection}`
      const fallback = (await (await published()).fetch<unknown[] | null>(query, {ids: invalid})) ?? []
      entries.push(...validateCollection(collection, fallback))
    }
    const shown = entries.filter((entry) => !collection.hiddenBecause?.(entry.data)).map((entry) => entry.data)
    // Apart from the public build's images: these include images only drafts use.
    await mirrorImagesIn(shown, source, previewMediaCacheDir())
    return shown
  }
  return {collection: onceEach(load), problems: () => problems}
}
