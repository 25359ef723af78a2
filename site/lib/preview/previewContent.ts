// Content for one preview request: every collection read with the drafts perspective, through the
// same queries and validation as a build, at most once per request.
import {AsyncLocalStorage} from 'node:async_hooks'
import {contentCollections, onceEach, type CollectionName, type ContentOf} from '../content/collections'
import {fetchAll} from '../content/syncRequests'
import {mirrorImagesIn, previewMediaCacheDir} from '../content/media'
import type {ContentSource} from '../content/source'
import {validateCollection} from '../content/validate'

export interface PreviewContent {
  collection<K extends CollectionName>(name: K): Promise<ContentOf<K>[]>
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

export function createPreviewContent(source: ContentSource): PreviewContent {
  const load = async <K extends CollectionName>(name: K): Promise<ContentOf<K>[]> => {
    // The same query and validation as a build; each document is checked against its own schema.
    const collection = contentCollections[name]
    const entries = validateCollection(collection, await fetchAll(source, collection.query))
    const shown = entries.filter((entry) => !collection.hiddenBecause?.(entry.data)).map((entry) => entry.data)
    // Apart from the public build's images: these include images only drafts use.
    await mirrorImagesIn(shown, source, previewMediaCacheDir())
    return shown
  }
  return {collection: onceEach(load)}
}
