// Where pages read content. A production build reads Astro's content layer (published content,
// loaded once per build); the editors' preview server reads drafts, fresh for every request.
import {getCollection} from 'astro:content'
import {attachBody} from './content/bodyStore'
import {
  onceEach,
  type CollectionName,
  type ContentOf,
  type RoutedCollection,
  type SingletonCollection,
} from './content/collections/index'
import {previewContent} from './preview/previewContent'

const built = onceEach(fromStore)

/** Every document of a collection. */
export function allOf<K extends CollectionName>(name: K): Promise<ContentOf<K>[]> {
  const preview = previewContent()
  if (preview) return preview.collection(name)
  // `astro dev` reloads content on every request; a build reads each collection once.
  return import.meta.env.DEV ? fromStore(name) : built(name)
}

/** A collection as the content layer stored it, each body read from its file when a page uses it. */
function fromStore<K extends CollectionName>(name: K): Promise<ContentOf<K>[]> {
  // Astro types each collection's entries from its schema (content.config.ts), but cannot tell
  // which collection a generic name is.
  return getCollection(name).then((entries) => entries.map((entry) => attachBody(entry.data as ContentOf<K>)))
}

const slugIndexes = new WeakMap<readonly object[], Map<string, object>>()

/** The document of a collection with this slug, if there is one. */
export async function bySlug<K extends RoutedCollection>(name: K, slug: string | undefined): Promise<ContentOf<K> | undefined> {
  if (!slug) return undefined
  const documents = await allOf(name)
  // Every page of a collection looks itself up: an index, not a scan of thousands of documents.
  let index = slugIndexes.get(documents)
  if (!index) {
    index = new Map(documents.map((doc) => [doc.slug, doc]))
    slugIndexes.set(documents, index)
  }
  return index.get(slug) as ContentOf<K> | undefined
}

/** A singleton (site settings, home page); missing one stops the build with what to publish. */
export async function singleton<K extends SingletonCollection>(name: K): Promise<ContentOf<K>> {
  const [doc] = await allOf(name)
  if (!doc) {
    const what = name === 'home' ? 'Home page" document (id "homePage")' : 'Site settings" document (id "siteSettings")'
    throw new Error(`The ${name === 'home' ? 'home page' : 'site settings'} are missing: publish the "${what} in the Studio.`)
  }
  return doc
}
