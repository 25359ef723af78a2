// Where pages read content. A production build reads Astro's content layer (published content,
// loaded once per build); the editors' preview server reads drafts, fresh for every request.
import {getCollection, type CollectionEntry, type CollectionKey} from 'astro:content'
import {attachBody} from './content/bodyStore'
import {previewContent} from './preview/previewContent'

export type ContentOf<K extends CollectionKey> = CollectionEntry<K>['data']

const built = new Map<CollectionKey, Promise<unknown[]>>()

/** Every document of a collection. */
export function allOf<K extends CollectionKey>(name: K): Promise<ContentOf<K>[]> {
  const preview = previewContent()
  if (preview) return preview.collection(name) as Promise<ContentOf<K>[]>
  // `astro dev` reloads content on every request; a build reads each collection once.
  if (import.meta.env.DEV) return fromStore(name)
  let documents = built.get(name)
  if (!documents) {
    documents = fromStore(name)
    built.set(name, documents)
  }
  return documents as Promise<ContentOf<K>[]>
}

/** A collection as the content layer stored it, each body read from its file when a page uses it. */
function fromStore<K extends CollectionKey>(name: K): Promise<ContentOf<K>[]> {
  return getCollection(name).then((entries) => entries.map((entry) => attachBody(entry.data)))
}

type Slugged = 'pages' | 'programs' | 'conditions' | 'therapies'

const slugIndexes = new WeakMap<readonly unknown[], Map<string, unknown>>()

/** The document of a collection with this slug, if there is one. */
export async function bySlug<K extends Slugged>(name: K, slug: string | undefined): Promise<ContentOf<K> | undefined> {
  if (!slug) return undefined
  const documents = await allOf(name)
  // Every page of a collection looks itself up: an index, not a scan of thousands of documents.
  let index = slugIndexes.get(documents)
  if (!index) {
    index = new Map(documents.map((doc) => [(doc as {slug: string}).slug, doc]))
    slugIndexes.set(documents, index)
  }
  return index.get(slug) as ContentOf<K> | undefined
}

/** A singleton (site settings, home page); missing one stops the build with what to publish. */
export async function singleton<K extends 'siteSettings' | 'home'>(name: K): Promise<ContentOf<K>> {
  const [doc] = await allOf(name)
  if (!doc) {
    const what = name === 'home' ? 'Home page" document (id "homePage")' : 'Site settings" document (id "siteSettings")'
    throw new Error(`The ${name === 'home' ? 'home page' : 'site settings'} are missing: publish the "${what} in the Studio.`)
  }
  return doc
}
