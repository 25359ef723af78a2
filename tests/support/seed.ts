import {loadSeedDataset, type SeedDocument} from '../../site/lib/content/seedDataset'
import {SEED_DIR} from './paths'

export const isDraftId = (id: string) => id.startsWith('drafts.')
export const isAssetDocument = (doc: SeedDocument) => doc._type.startsWith('sanity.')

/** The starter dataset as the site reads it (assets resolved), loaded once per test file. */
export const seed = await loadSeedDataset(SEED_DIR)

/** Documents editors wrote (no synthesised asset documents). */
export const contentDocuments = seed.documents.filter((doc) => !isAssetDocument(doc))
export const publishedDocuments = contentDocuments.filter((doc) => !isDraftId(doc._id))

export function ofType(type: string): SeedDocument[] {
  return publishedDocuments.filter((doc) => doc._type === type)
}

/** Every `_ref` below a value, with the path where it sits. */
export function referencesIn(value: unknown, path = ''): {ref: string; path: string}[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => referencesIn(item, `${path}[${index}]`))
  if (!value || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  const own = typeof record._ref === 'string' ? [{ref: record._ref, path}] : []
  return [
    ...own,
    ...Object.entries(record).flatMap(([key, child]) =>
      key === '_ref' ? [] : referencesIn(child, path ? `${path}.${key}` : key),
    ),
  ]
}
