// Reads the starter dataset (the folder `sanity dataset export` writes) into documents that GROQ can
// query exactly like a real dataset: `_sanityAsset` placeholders become asset references, and an
// asset document is synthesised for each file, so `asset->` works the same in both sources.
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {mimeTypeFor} from './mimeTypes'
import {ExportFormatError, parseNdjson, referenceAssets, type ExportAsset} from '../../../scripts/lake/exportFormat.ts'

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

function assetDocument(asset: ExportAsset, publicBase: string): SeedDocument {
  const fileName = path.posix.basename(asset.relativePath)
  const dimensions =
    asset.width && asset.height
      ? {_type: 'sanity.imageDimensions', width: asset.width, height: asset.height, aspectRatio: asset.width / asset.height}
      : undefined
  return {
    _id: asset.id,
    _type: asset.kind === 'image' ? 'sanity.imageAsset' : 'sanity.fileAsset',
    assetId: asset.sha1,
    sha1hash: asset.sha1,
    extension: asset.extension,
    mimeType: mimeTypeFor(asset.extension),
    originalFilename: fileName,
    path: asset.relativePath,
    url: `${publicBase}/${fileName}`,
    ...(dimensions ? {metadata: {_type: 'sanity.imageMetadata', dimensions}} : {}),
  }
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
    documents.push(assetDocument(asset, publicBase))
    assetFiles.set(asset.id, path.resolve(seedDir, asset.relativePath))
  }
  return {documents, assetFiles}
}
