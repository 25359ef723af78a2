// What each kind of page shows besides its own document, declared once. A page's own entry already
// holds every document its query follows a reference to (the content layer's digest covers them);
// what a page shows beyond that is declared here: the documents every page shows, and lists of the
// documents that name the page's document. Pages read their lists through these declarations, and
// the incremental build's cache keys (site/lib/build/cacheKeys.ts) are derived from them, so a list
// declared here cannot be copied stale from an earlier build.
import {createHash} from 'node:crypto'
import type {CollectionName, ContentOf, RoutedCollection} from '../content/collections'
import type {Teaser} from '../content/collections/teasers'
import {byOrderThenName} from './sort'
import {DEFAULT_LANGUAGE, type Language} from '../../../schemas/lib/languages'
import type {Alternate} from './alternates'

/** A collection every page shows, or (with `language`) only its documents in that language. */
export interface ShownEverywhere {
  collection: CollectionName
  language?: Language
}

/**
 * What every page in a language shows: the site settings (header, crisis line, footer) with that
 * language's words, and the footer's accreditations. Other languages' settings are not among them.
 */
export function everyPageShows(language: Language): ShownEverywhere[] {
  return [
    {collection: 'siteSettings'},
    {collection: 'accreditations'},
    ...(language === DEFAULT_LANGUAGE ? [] : [{collection: 'settingsTranslations' as const, language}]),
  ]
}

/** Reads a collection's documents (the build's content store, or the preview's drafts). */
export type ReadCollection = <C extends RoutedCollection>(name: C) => Promise<readonly ContentOf<C>[]>

/** A list on a page of the documents of another collection that name the page's document. */
export interface NamedBy {
  /** For every document named, the teasers of the documents that name it, in display order. */
  naming(read: ReadCollection): Promise<ReadonlyMap<string, Teaser[]>>
}

/** The documents of `from` whose `teasers` name the page's document. */
export function namedBy<C extends RoutedCollection>(from: C, teasers: (document: ContentOf<C>) => readonly Teaser[]): NamedBy {
  const list: NamedBy = {naming: async (read) => namingDocuments(await read(from), teasers, list)}
  return list
}

/** The lists one kind of page shows, by name. */
export type PageDependencies = Readonly<Record<string, NamedBy>>

export const PAGE_DEPENDENCIES = {
  pages: {},
  programs: {},
  conditions: {},
  /** "Conditions it can help with": the conditions that list the therapy. */
  therapies: {conditions: namedBy('conditions', (condition) => condition.therapies)},
} satisfies Record<RoutedCollection, PageDependencies>

interface Nameable {
  _id: string
  _type: string
  language: Language
  title: string
  slug: string
  summary?: string
  order?: number
}

const namingCache = new WeakMap<readonly object[], WeakMap<NamedBy, Map<string, Teaser[]>>>()

/**
 * One pass over the collection, once per build and list. (A GROQ `references()` subquery per page
 * costs pages x documents scans in groq-js.)
 */
function namingDocuments<T extends Nameable>(
  documents: readonly T[],
  teasers: (document: T) => readonly Teaser[],
  list: NamedBy,
): Map<string, Teaser[]> {
  const byList = namingCache.get(documents) ?? new WeakMap<NamedBy, Map<string, Teaser[]>>()
  namingCache.set(documents, byList)
  const cached = byList.get(list)
  if (cached) return cached
  const naming = new Map<string, Teaser[]>()
  for (const document of [...documents].sort(byOrderThenName((item) => item.title))) {
    const {_id, _type, language, title, slug, summary} = document
    for (const named of teasers(document))
      naming.set(named._id, [...(naming.get(named._id) ?? []), {_id, _type, language, title, slug, summary}])
  }
  byList.set(list, naming)
  return naming
}

/** The documents of a declared list that name the document `id`. */
export async function namedByList(list: NamedBy, id: string, read: ReadCollection): Promise<Teaser[]> {
  return (await list.naming(read)).get(id) ?? []
}

const digestOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 24)

/** The part of every page's key that covers what every page shows: its entries' digests, and more. */
export function everyPageKey(parts: readonly (string | number)[]): string {
  return digestOf(parts.join('\n'))
}

export interface KeyedEntry {
  /** The content layer's digest of the entry: it covers all its query resolved, body file included. */
  digest: string
  data: {_id: string; slug: string}
}

/**
 * The cache key of each page of a collection, by slug: its own entry, what every page shows, each
 * list the page declares, and its translations' addresses. A key changes with everything the page
 * shows, and only with that.
 */
export async function pageKeys(
  entries: readonly KeyedEntry[],
  everyPage: string,
  dependencies: PageDependencies,
  read: ReadCollection,
  alternatesOf: (id: string) => readonly Alternate[] = () => [],
): Promise<Map<string, string>> {
  const lists = Object.values(dependencies)
  const keys = new Map<string, string>()
  for (const {digest, data} of entries) {
    const shown = await Promise.all(lists.map((list) => namedByList(list, data._id, read)))
    keys.set(data.slug, `${digest}:${everyPage}:${digestOf(JSON.stringify([shown, alternatesOf(data._id)]))}`)
  }
  return keys
}
