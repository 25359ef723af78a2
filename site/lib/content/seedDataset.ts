// Reads the starter dataset (the folder `sanity dataset export` writes) into documents that GROQ can
// query exactly like a real dataset: `_sanityAsset` placeholders become asset references, and an
// asset document is synthesised for each file, so `asset->` works the same in both sources.
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {mimeTypeFor} from './mimeTypes'

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

export class SeedDatasetError extends Error {
  override name = 'SeedDatasetError'
}

const ASSET_PLACEHOLDER =
  /^(?<kind>image|file)@file:\/\/\.\/(?<relativePath>(?:images|files)\/(?<sha1>[0-9a-f]+)(?:-(?<width>\d+)x(?<height>\d+))?\.(?<extension>[a-z0-9]+))$/i

interface AssetInfo {
  id: string
  kind: 'image' | 'file'
  relativePath: string
  sha1: string
  width?: number
  height?: number
  extension: string
}

function parseAssetPlaceholder(placeholder: string, where: string): AssetInfo {
  const match = ASSET_PLACEHOLDER.exec(placeholder)
  if (!match)
    throw new SeedDatasetError(`${where}: "${placeholder}" is not an asset path like image@file://./images/<sha1>-<w>x<h>.<ext>.`)
  const {kind, relativePath, sha1, width, height, extension} = match.groups as {
    kind: 'image' | 'file'
    relativePath: string
    sha1: string
    width?: string
    height?: string
    extension: string
  }
  const dimensions = width && height ? `-${width}x${height}` : ''
  return {
    id: `${kind}-${sha1}${dimensions}-${extension.toLowerCase()}`,
    kind,
    relativePath,
    sha1,
    width: width ? Number(width) : undefined,
    height: height ? Number(height) : undefined,
    extension: extension.toLowerCase(),
  }
}

/**
 * Replaces every `_sanityAsset` placeholder below `value` with a reference, in place (the documents
 * were just parsed: a copy would double a large dataset in memory); collects the assets. `where`
 * (the document id) names the document in errors.
 */
function rewriteAssets(value: unknown, where: string, assets: Map<string, AssetInfo>): void {
  if (Array.isArray(value)) {
    for (const item of value) rewriteAssets(item, where, assets)
    return
  }
  if (!value || typeof value !== 'object') return
  const record = value as Record<string, unknown>
  const placeholder = record._sanityAsset
  if (typeof placeholder === 'string') {
    const asset = parseAssetPlaceholder(placeholder, `document "${where}"`)
    assets.set(asset.id, asset)
    delete record._sanityAsset
    record.asset = {_type: 'reference', _ref: asset.id}
  }
  for (const child of Object.values(record)) if (child && typeof child === 'object') rewriteAssets(child, where, assets)
}

function assetDocument(asset: AssetInfo, publicBase: string): SeedDocument {
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

/** Parses NDJSON text; `source` names the file in errors. */
export function parseNdjson(text: string, source: string): SeedDocument[] {
  const documents: SeedDocument[] = []
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return
    let parsed: unknown
    try {
      parsed = JSON.parse(line)
    } catch (error) {
      throw new SeedDatasetError(`${source}:${index + 1}: not valid JSON (${(error as Error).message}).`)
    }
    const doc = parsed as Partial<SeedDocument> | null
    if (!doc || typeof doc !== 'object' || typeof doc._id !== 'string' || typeof doc._type !== 'string') {
      throw new SeedDatasetError(`${source}:${index + 1}: every document needs a string _id and _type.`)
    }
    documents.push(doc as SeedDocument)
  })
  return documents
}

export function missingDataset(file: string): SeedDatasetError {
  return new SeedDatasetError(`Cannot read the starter dataset at ${file}. Set SEED_DIR to a folder that holds data.ndjson.`)
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
  const documents = parseNdjson(text, file)
  const assets = new Map<string, AssetInfo>()
  for (const doc of documents) rewriteAssets(doc, doc._id, assets)
  const assetFiles = new Map<string, string>()
  for (const asset of assets.values()) {
    documents.push(assetDocument(asset, publicBase))
    assetFiles.set(asset.id, path.resolve(seedDir, asset.relativePath))
  }
  return {documents, assetFiles}
}
