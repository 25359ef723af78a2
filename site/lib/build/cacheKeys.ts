// Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a content page whose
// key and code are unchanged since the last build is copied from it instead of rendered again. The
// keys follow the pages' declared dependencies (site/lib/pages/dependencies.ts): a page's own entry,
// what every page in its language shows (with the copyright year and the site's address), its
// related lists, and its translations' addresses (its hreflang links and language switch). A
// change to a Spanish document re-renders Spanish pages only.
import {getCollection} from 'astro:content'
import {siteConfig} from '../config/config'
import type {RoutedCollection} from '../content/collections'
import {allOf, inLanguage, publishedLanguages} from '../content'
import {documentAlternates} from '../pages/alternates'
import {everyPageShows, everyPageKey, PAGE_DEPENDENCIES, pageKeys} from '../pages/dependencies'
import type {Language} from '../../../schemas/lib/languages'

async function entryDigests(
  name: ReturnType<typeof everyPageShows>[number]['collection'],
  ids?: ReadonlySet<string>,
): Promise<string[]> {
  return (await getCollection(name))
    .filter((entry) => !ids || ids.has(entry.id))
    .map((entry) => `${entry.id}=${entry.digest ?? JSON.stringify(entry.data)}`)
}

/** Cache keys of a collection's pages in one language, by slug. */
async function pageCacheKeys(name: RoutedCollection, language: Language): Promise<Map<string, string>> {
  const shown = await Promise.all(
    everyPageShows(language).map(async ({collection, language: only}) => {
      const ids = only ? new Set((await inLanguage(collection, only)).map((doc) => doc._id)) : undefined
      return entryDigests(collection, ids)
    }),
  )
  const everyPage = everyPageKey([siteConfig().siteUrl, new Date().getFullYear(), language, ...shown.flat()])
  const [inThisLanguage, documents, translations] = await Promise.all([
    inLanguage(name, language),
    allOf(name),
    allOf('translations'),
  ])
  const ids = new Set(inThisLanguage.map((doc) => doc._id))
  const entries = (await getCollection(name))
    .filter((entry) => ids.has(entry.id))
    .map((entry) => ({digest: String(entry.digest ?? entry.id), data: entry.data}))
  const alternates = new Map(inThisLanguage.map((doc) => [doc._id, documentAlternates(doc, documents, translations)]))
  return pageKeys(entries, everyPage, PAGE_DEPENDENCIES[name], allOf, (id) => alternates.get(id) ?? [])
}

/** `getStaticPaths` of a collection's pages in a language: a page per document (that `served` keeps), with its cache key. */
export async function staticPaths(name: RoutedCollection, language: Language, served: (slug: string) => boolean = () => true) {
  // A language whose home page is not published has no pages yet.
  if (!(await publishedLanguages()).includes(language)) return []
  const [cacheKeys, documents] = await Promise.all([pageCacheKeys(name, language), inLanguage(name, language)])
  return documents.filter(({slug}) => served(slug)).map(({slug}) => ({params: {slug}, cacheKey: cacheKeys.get(slug)}))
}
