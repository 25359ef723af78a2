// The GROQ requests of one content sync. Astro runs every collection's loader side by side, and
// each asking its own questions would cost a round trip apiece, so the loaders share batched
// requests: a first build fetches the small collections and the sync marker in one request; a
// later build asks what changed and every collection's ids in one, then (only when something
// changed) the referrers of the changes, and every collection's refetched documents in one more.
import {PUBLISHED, type ContentCollection} from './collections/define'
import {allCollections} from './collections'
import {referenceDepth} from './referenceDepth'
import type {ContentSource} from './source'

/** Documents fetched per request; a 10,000-document collection takes a handful of requests. */
export const PAGE_SIZE = 2000

/**
 * A collection query's results, page by page, until a short page says there is no more.
 * `firstPage` is a first page already fetched (in a batch).
 */
export async function* pagesOf(
  source: ContentSource,
  query: string,
  pageSize = PAGE_SIZE,
  firstPage?: unknown[],
): AsyncGenerator<unknown[]> {
  let from = 0
  if (firstPage) {
    yield firstPage
    if (firstPage.length < pageSize) return
    from = firstPage.length
  }
  for (; ; from += pageSize) {
    const page = (await source.fetch<unknown[] | null>(query, {from, to: from + pageSize})) ?? []
    yield page
    if (page.length < pageSize) return
  }
}

/** Every result of a collection query, fetched page by page. */
export async function fetchAll(source: ContentSource, query: string, pageSize = PAGE_SIZE): Promise<unknown[]> {
  const documents: unknown[] = []
  for await (const page of pagesOf(source, query, pageSize)) documents.push(...page)
  return documents
}

/** Whether the batches cover this collection (a loader may be given one the site does not list). */
function inBatches(collection: ContentCollection): boolean {
  return allCollections.some((known) => known.name === collection.name && known.query === collection.query)
}

/** One GROQ object with a key per part: several questions in one request. */
function batchQuery(parts: Record<string, string>): string {
  return `{${Object.entries(parts)
    .map(([key, query]) => `"${key}": ${query}`)
    .join(',\n')}}`
}

function perCollection(collections: readonly ContentCollection[], query: (collection: ContentCollection) => string) {
  return Object.fromEntries(collections.map((collection) => [collection.name, query(collection)]))
}

/**
 * Answers shared by the loaders of one build, asked once. They expire quickly, since `astro dev`
 * runs the loaders again on every refresh.
 */
const SHARED_TTL_MS = 10_000
const answers = new WeakMap<ContentSource, Map<string, {at: number; answer: Promise<unknown>}>>()
function askOnce<T>(source: ContentSource, key: string, ask: () => Promise<T>): Promise<T> {
  const bySource = answers.get(source) ?? new Map<string, {at: number; answer: Promise<unknown>}>()
  answers.set(source, bySource)
  const cached = bySource.get(key)
  if (cached && Date.now() - cached.at < SHARED_TTL_MS) return cached.answer as Promise<T>
  const answer = ask()
  bySource.set(key, {at: Date.now(), answer})
  return answer
}

const LATEST_QUERY = /* groq */ `*[${PUBLISHED} && defined(_updatedAt)] | order(_updatedAt desc)[0]._updatedAt`
const REFERRERS_QUERY = /* groq */ `*[${PUBLISHED} && references($ids)]._id`

/**
 * How many times the referrers of the changes are looked up, derived from the collections' queries:
 * a query that follows references `n` deep shows a change `n` references away, and the refetch
 * (`references($ids)`) covers the last of them itself.
 */
const REFERRER_ROUNDS = Math.max(0, ...allCollections.map((collection) => referenceDepth(collection.changedQuery) - 1))

/**
 * Every document of a collection, page by page, and the newest `_updatedAt` in the dataset (the
 * next marker). A large collection starts paging at once; a small one's first page comes in the batch.
 */
export function allDocuments(
  source: ContentSource,
  collection: ContentCollection,
): {pages: AsyncIterable<unknown[]>; latest: Promise<string | null>} {
  const small = allCollections.filter((known) => known.small)
  const first = askOnce(source, 'first', () =>
    source.fetch<Record<string, unknown>>(batchQuery({latest: LATEST_QUERY, ...perCollection(small, (known) => known.query)}), {
      from: 0,
      to: PAGE_SIZE,
    }),
  )
  const batched = collection.small && inBatches(collection)
  return {
    latest: first.then(({latest}) => (typeof latest === 'string' ? latest : null)),
    pages: batched
      ? (async function* () {
          const page = (await first)[collection.name]
          const firstPage: unknown[] = Array.isArray(page) ? page : []
          yield* pagesOf(source, collection.query, PAGE_SIZE, firstPage)
        })()
      : pagesOf(source, collection.query),
  }
}

export interface Changes {
  /**
   * Published documents of any type updated since the marker, and their referrers as many levels
   * up as the deepest query reaches less one: a collection refetches these and their referrers
   * (a condition whose FAQ's answer links to a renamed therapy).
   */
  ids: string[]
  /** The newest `_updatedAt` in the dataset: the next marker. */
  latest: string | null
  /** Ids of every collection's documents now, to notice deletions. */
  current: Record<string, string[] | undefined>
}

/** What changed since the marker `since`. */
export function changesSince(source: ContentSource, since: string): Promise<Changes> {
  return askOnce(source, `changes:${since}`, async () => {
    const direct = await source.fetch<Changes>(
      batchQuery({
        ids: /* groq */ `*[${PUBLISHED} && _updatedAt >= $since]._id`,
        latest: LATEST_QUERY,
        current: batchQuery(perCollection(allCollections, (collection) => collection.idsQuery)),
      }),
      {since},
    )
    let ids = direct.ids
    for (let round = 0; round < REFERRER_ROUNDS && ids.length > 0; round++) {
      const referrers = await source.fetch<string[]>(REFERRERS_QUERY, {ids})
      const more = [...new Set([...ids, ...referrers])]
      if (more.length === ids.length) break
      ids = more
    }
    return {...direct, ids}
  })
}

/** Ids of every document of the collection now. */
export async function currentIds(source: ContentSource, collection: ContentCollection, changes: Changes): Promise<string[]> {
  return changes.current[collection.name] ?? (await source.fetch<string[]>(collection.idsQuery))
}

/** The collection's documents whose projected data may differ after `changes`. */
export async function changedDocuments(
  source: ContentSource,
  collection: ContentCollection,
  since: string,
  changes: Changes,
): Promise<unknown[]> {
  if (changes.ids.length === 0) return []
  if (!inBatches(collection)) return source.fetch<unknown[]>(collection.changedQuery, {ids: changes.ids})
  const batch = await askOnce(source, `changed:${since}`, () =>
    source.fetch<Record<string, unknown[] | null>>(batchQuery(perCollection(allCollections, (known) => known.changedQuery)), {
      ids: changes.ids,
    }),
  )
  return batch[collection.name] ?? []
}
