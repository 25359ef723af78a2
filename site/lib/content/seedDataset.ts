// Reads the starter dataset (the folder `sanity dataset export` writes) into documents that GROQ can
// query exactly like a real dataset: `_sanityAsset` placeholders become asset references, and an
// asset document is synthesised for each file, so `asset->` works the same in both sources.
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {
  assetDocument,
  assetFileName,
  ExportFormatError,
  parseNdjson,
  referenceAssets,
  type ExportAsset,
} from '../../../scripts/lake/exportFormat.ts'

export interface SeedDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

export interface SeedDataset {
  /** Every document: published, drafts and the synthesised asset documents. */
  documents: SeedDocument[]
  /** Absolute path of each asset file, by asset document id. */
  assetFiles: Map<string, string>
}

export function missingDataset(file: string): ExportFormatError {
  return new ExportFormatError(`Cannot read the starter dataset at ${file}. Set SEED_DIR to a folder that holds data.ndjson.`)
}

/**
 * Loads the dataset in `seedDir` (a folder with data.ndjson and images/). `publicBase` is the URL
 * path under which the site serves the asset files.
 */
export async function loadSeedDataset(seedDir: string, publicBase = '/media'): Promise<SeedDataset> {
  const file = path.join(seedDir, 'data.ndjson')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw missingDataset(file)
  }
  const documents: SeedDocument[] = parseNdjson(text, file)
  const assets = new Map<string, ExportAsset>()
  for (const doc of documents) referenceAssets(doc, doc._id, assets)
  const assetFiles = new Map<string, string>()
  for (const asset of assets.values()) {
    documents.push(assetDocument(asset, {path: asset.relativePath, url: `${publicBase}/${assetFileName(asset)}`}))
    assetFiles.set(asset.id, path.resolve(seedDir, asset.relativePath))
  }
  return {documents, assetFiles}
}
