// Astro content-layer loaders: one per collection, each running its collection's single GROQ query
// (paged), validating every document, hiding what must not be shown and mirroring images.
import type {Loader} from 'astro/loaders'
import {siteConfig} from '../config'
import type {ContentCollection} from './collections/define'
import {mirrorImagesIn} from './media'
import {createContentSource, type ContentSource} from './source'
import {validateCollection} from './validate'

/** Documents fetched per request; a 10,000-document collection takes a handful of requests. */
export const PAGE_SIZE = 2000

let sharedSource: Promise<ContentSource> | undefined

/** The content source of this build, created once and shared by every collection. */
export function contentSource(): Promise<ContentSource> {
  sharedSource ??= createContentSource(siteConfig().source)
  return sharedSource
}

/** Runs a collection query page by page until a short page says there is no more. */
export async function fetchAll(source: ContentSource, query: string, pageSize = PAGE_SIZE): Promise<unknown[]> {
  const documents: unknown[] = []
  for (let from = 0; ; from += pageSize) {
    const page = await source.fetch<unknown[] | null>(query, {from, to: from + pageSize})
    documents.push(...(page ?? []))
    if (!page || page.length < pageSize) return documents
  }
}

export function contentLoader(collection: ContentCollection, getSource: () => Promise<ContentSource> = contentSource): Loader {
  return {
    name: `clinic-content/${collection.name}`,
    async load({store, logger, generateDigest}) {
      const source = await getSource()
      const documents = await fetchAll(source, collection.query)
      const entries = validateCollection(collection, documents)
      const hidden: string[] = []
      store.clear()
      for (const entry of entries) {
        const reason = collection.hiddenBecause?.(entry.data)
        if (reason) {
          hidden.push(`${entry.id} (${reason})`)
          continue
        }
        await mirrorImagesIn(entry.data, source)
        const data = entry.data as Record<string, unknown>
        store.set({id: entry.id, data, digest: generateDigest(data)})
      }
      logger.info(`${entries.length - hidden.length} ${collection.name} from ${source.label}`)
      if (hidden.length > 0) logger.warn(`Not shown: ${hidden.join(', ')}`)
    },
  }
}
