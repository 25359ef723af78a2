// Copies of the starter dataset with some documents changed, for tests of bad content.
import {mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {LakeDocument as SeedDocument} from '../../scripts/lake/types.ts'
import {SEED_DIR} from './paths'

export function readSeedDocuments(): SeedDocument[] {
  return readFileSync(path.join(SEED_DIR, 'data.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as SeedDocument)
}

/** Writes a dataset folder whose documents are the seed's after `change`; images are shared. */
export function seedVariant(change: (documents: SeedDocument[]) => SeedDocument[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'seed-variant-'))
  const documents = change(structuredClone(readSeedDocuments()))
  writeFileSync(path.join(dir, 'data.ndjson'), documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  symlinkSync(path.join(SEED_DIR, 'images'), path.join(dir, 'images'))
  return dir
}

/** Changes one document of the seed by id. */
export function withDocument(id: string, change: (doc: SeedDocument) => SeedDocument | undefined) {
  return (documents: SeedDocument[]) =>
    documents.flatMap((doc) => {
      if (doc._id !== id) return [doc]
      const changed = change(doc)
      return changed ? [changed] : []
    })
}
