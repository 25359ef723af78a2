// The site settings, home page and program of a generated corpus: the starter dataset's own,
// with every reference to a starter document moved to a generated document of the same type.
import type {CorpusDocument} from './documents.ts'

export const SINGLETON_IDS = ['siteSettings', 'homePage', 'program-iop'] as const

/** Seed documents whose ids the corpus keeps, because the singletons link to them by id. */
export const KEPT_PAGE_IDS = {'get-help': 'page-get-help', about: 'page-about', privacy: 'page-privacy'} as const

function rewriteRefs(value: unknown, refFor: (id: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, refFor))
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      key === '_ref' && typeof child === 'string' ? refFor(child) : rewriteRefs(child, refFor),
    ]),
  )
}

/**
 * The seed's singletons, their references moved into the corpus: the n-th seed condition becomes
 * the n-th generated condition, seed reviewers become generated reviewers, and so on.
 */
export function adaptSingletons(
  seedDocuments: readonly CorpusDocument[],
  generatedIdsByType: ReadonlyMap<string, readonly string[]>,
): CorpusDocument[] {
  const published = seedDocuments.filter((doc) => !doc._id.startsWith('drafts.'))
  const typeOf = new Map(published.map((doc) => [doc._id, doc._type]))
  const indexInType = new Map<string, number>()
  const seen = new Map<string, number>()
  for (const doc of published) {
    const index = seen.get(doc._type) ?? 0
    indexInType.set(doc._id, index)
    seen.set(doc._type, index + 1)
  }
  const refFor = (id: string): string => {
    const type = typeOf.get(id)
    const candidates = type ? generatedIdsByType.get(type) : undefined
    if (!type || !candidates || candidates.length === 0 || SINGLETON_IDS.includes(id as (typeof SINGLETON_IDS)[number])) return id
    if (Object.values(KEPT_PAGE_IDS).includes(id as (typeof KEPT_PAGE_IDS)[keyof typeof KEPT_PAGE_IDS])) return id
    return candidates[(indexInType.get(id) ?? 0) % candidates.length] ?? id
  }
  return SINGLETON_IDS.map((id) => {
    const doc = published.find((candidate) => candidate._id === id)
    if (!doc) throw new Error(`The starter dataset has no "${id}" document to adapt.`)
    return rewriteRefs(doc, refFor) as CorpusDocument
  })
}

/** Image files (export placeholders) a set of documents uses. */
export function imageFilesIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) imageFilesIn(item, found)
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      if (key === '_sanityAsset' && typeof child === 'string') found.add(child.replace(/^image@file:\/\/\.\/images\//, ''))
      else imageFilesIn(child, found)
    }
  return found
}
