import {TRANSLATION_METADATA_TYPE} from '../../schemas/lib/languages'
import {LOCAL_PROJECT_ID} from '../../scripts/lake/address.ts'
import {readExportFolder} from '../../scripts/lake/exportFormat.ts'
import type {LakeDocument as SeedDocument} from '../../scripts/lake/types.ts'
import {SEED_DIR} from './paths'

export const isDraftId = (id: string) => id.startsWith('drafts.')
export const isAssetDocument = (doc: SeedDocument) => doc._type.startsWith('sanity.')

/** The starter dataset as the local Content Lake holds it (assets resolved), loaded once per test file. */
export const seed = readExportFolder(SEED_DIR, {projectId: LOCAL_PROJECT_ID, dataset: 'production'})

/**
 * The translation plugin's documents that link each English document to its translations. They are
 * not content and not in our schema list (the plugin defines their type in the Studio), so the
 * content tests leave them out and tests/seed-translations.test.ts checks them on their own.
 */
export const translationMetadata = seed.documents.filter((doc) => doc._type === TRANSLATION_METADATA_TYPE)

/** Documents editors wrote (no synthesised asset documents, no translation links). */
export const contentDocuments = seed.documents.filter((doc) => !isAssetDocument(doc) && doc._type !== TRANSLATION_METADATA_TYPE)
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
