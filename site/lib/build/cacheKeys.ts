// Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a content page whose
// key and code are unchanged since the last build is copied from it instead of rendered again. The
// keys follow the pages' declared dependencies (site/lib/pages/dependencies.ts): a page's own entry,
// what every page shows (with the copyright year and the site's address), and its related lists.
import {getCollection} from 'astro:content'
import {siteConfig} from '../config/config'
import type {RoutedCollection} from '../content/collections'
import {allOf} from '../content'
import {EVERY_PAGE_SHOWS, everyPageKey, PAGE_DEPENDENCIES, pageKeys} from '../pages/dependencies'

async function entryDigests(name: (typeof EVERY_PAGE_SHOWS)[number]): Promise<string[]> {
  return (await getCollection(name)).map((entry) => `${entry.id}=${entry.digest ?? JSON.stringify(entry.data)}`)
}

/** Cache keys of a collection's pages, by slug. */
async function pageCacheKeys(name: RoutedCollection): Promise<Map<string, string>> {
  const shownEverywhere = (await Promise.all(EVERY_PAGE_SHOWS.map(entryDigests))).flat()
  const everyPage = everyPageKey([siteConfig().siteUrl, new Date().getFullYear(), ...shownEverywhere])
  const entries = (await getCollection(name)).map((entry) => ({digest: String(entry.digest ?? entry.id), data: entry.data}))
  return pageKeys(entries, everyPage, PAGE_DEPENDENCIES[name], allOf)
}

/** `getStaticPaths` of a collection's pages: a page per document (that `served` keeps), with its cache key. */
export async function staticPaths(name: RoutedCollection, served: (slug: string) => boolean = () => true) {
  const [cacheKeys, documents] = await Promise.all([pageCacheKeys(name), allOf(name)])
  return documents.filter(({slug}) => served(slug)).map(({slug}) => ({params: {slug}, cacheKey: cacheKeys.get(slug)}))
}
