// Where pages read content: the one entry point. A production build reads Astro's content layer
// (published content, loaded once per build); the editors' preview server reads drafts, fresh for
// every request. Pages and layouts read from here and pass what components show down as props;
// components never fetch.
import {getCollection} from 'astro:content'
import {namedByList, type NamedBy} from '../pages/dependencies'
import {byOrderThenName} from '../pages/sort'
import {previewContent} from '../preview/previewContent'
import {attachBody} from './bodyStore'
import type {Accreditation} from './collections/accreditations'
import {onceEach, type CollectionName, type ContentOf, type RoutedCollection, type SingletonCollection} from './collections'
import type {SiteSettings} from './collections/siteSettings'
import type {Teaser} from './collections/teasers'

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

/** A routed collection in the order index pages list it: editors' order, then title. */
export async function inDisplayOrder<K extends RoutedCollection>(name: K): Promise<ContentOf<K>[]> {
  return [...(await allOf(name))].sort(byOrderThenName((document) => document.title))
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

/** What every page's header and footer show: the site settings and the accreditations, in order. */
export interface SiteChrome {
  settings: SiteSettings
  accreditations: Accreditation[]
}

export async function siteChrome(): Promise<SiteChrome> {
  const [settings, accreditations] = await Promise.all([singleton('siteSettings'), allOf('accreditations')])
  return {settings, accreditations: [...accreditations].sort(byOrderThenName((accreditation) => accreditation.name))}
}

/** A related list a kind of page declares (site/lib/pages/dependencies.ts), for the document `id`. */
export function relatedTo(list: NamedBy, id: string): Promise<Teaser[]> {
  return namedByList(list, id, allOf)
}
