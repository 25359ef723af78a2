// The folder format `sanity dataset export` writes (unpacked) and `sanity dataset import` reads:
// data.ndjson, with each asset as a `_sanityAsset: "image@file://./images/<sha1>-<w>x<h>.<ext>"`
// placeholder, and the files in images/ and files/. The starter dataset in studio/seed/ is one.
import {readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {mimeTypeFor} from '../../site/lib/content/mimeTypes.ts'

export interface ExportAsset {
  /** The asset document's id, as the Content Lake names it: image-<sha1>-<w>x<h>-<ext>. */
  id: string
  kind: 'image' | 'file'
  /** Path inside the export folder, e.g. images/<sha1>-120x120.svg. */
  relativePath: string
  sha1: string
  width?: number
  height?: number
  extension: string
}

export class ExportFormatError extends Error {
  override name = 'ExportFormatError'
}

const ASSET_PLACEHOLDER =
  /^(?<kind>image|file)@file:\/\/\.\/(?<relativePath>(?:images|files)\/(?<sha1>[0-9a-f]+)(?:-(?<width>\d+)x(?<height>\d+))?\.(?<extension>[a-z0-9]+))$/i

function parseAssetPlaceholder(placeholder: string, where: string): ExportAsset {
  const match = ASSET_PLACEHOLDER.exec(placeholder)
  if (!match?.groups)
    throw new ExportFormatError(
      `${where}: "${placeholder}" is not an asset path like image@file://./images/<sha1>-<w>x<h>.<ext>.`,
    )
  const {kind, relativePath = '', sha1 = '', width, height, extension = ''} = match.groups
  const dimensions = width && height ? `-${width}x${height}` : ''
  return {
    id: `${kind}-${sha1}${dimensions}-${extension.toLowerCase()}`,
    kind: kind === 'file' ? 'file' : 'image',
    relativePath,
    sha1,
    width: width ? Number(width) : undefined,
    height: height ? Number(height) : undefined,
    extension: extension.toLowerCase(),
  }
}

/** The placeholder an export writes for the asset with this id (the inverse of the parse above). */
function assetPlaceholder(assetId: string): string | undefined {
  const match = /^(image|file)-([0-9a-f]+)(?:-(\d+x\d+))?-([a-z0-9]+)$/i.exec(assetId)
  if (!match) return undefined
  const [, kind, sha1, dimensions, extension] = match
  return `${kind}@file://./${kind}s/${sha1}${dimensions ? `-${dimensions}` : ''}.${extension}`
}

/**
 * Replaces every `_sanityAsset` placeholder below `value` with a reference, in place (the documents
 * were just parsed: a copy would double a large dataset in memory); collects the assets. `where`
 * (the document id) names the document in errors.
 */
export function referenceAssets(value: unknown, where: string, assets: Map<string, ExportAsset>): void {
  if (Array.isArray(value)) {
    for (const item of value) referenceAssets(item, where, assets)
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
  for (const child of Object.values(record)) if (child && typeof child === 'object') referenceAssets(child, where, assets)
}

/** The inverse, on a copy: asset references become placeholders again, for an export. */
export function placeholderAssets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(placeholderAssets)
  if (!value || typeof value !== 'object') return value
  const record = value as Record<string, unknown>
  const ref = (record.asset as {_ref?: unknown} | undefined)?._ref
  const placeholder = typeof ref === 'string' ? assetPlaceholder(ref) : undefined
  const copy: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(record)) {
    if (key === 'asset' && placeholder) copy._sanityAsset = placeholder
    else copy[key] = placeholderAssets(child)
  }
  return copy
}

export interface ParsedLine {
  _id: string
  _type: string
  [field: string]: unknown
}

/** Parses NDJSON text; `source` names the file in errors. */
export function parseNdjson(text: string, source: string): ParsedLine[] {
  const documents: ParsedLine[] = []
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return
    let parsed: unknown
    try {
      parsed = JSON.parse(line)
    } catch (error) {
      throw new ExportFormatError(`${source}:${index + 1}: not valid JSON (${(error as Error).message}).`)
    }
    const doc = parsed as Partial<ParsedLine> | null
    if (!doc || typeof doc !== 'object' || typeof doc._id !== 'string' || typeof doc._type !== 'string') {
      throw new ExportFormatError(`${source}:${index + 1}: every document needs a string _id and _type.`)
    }
    documents.push(doc as ParsedLine)
  })
  return documents
}

export const assetFileName = (asset: ExportAsset) => path.posix.basename(asset.relativePath)

/** The asset document the Content Lake holds for a file of an export, stored at `where.path`. */
export function assetDocument(asset: ExportAsset, where: {path: string; size: number}): ParsedLine {
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
    originalFilename: assetFileName(asset),
    size: where.size,
    path: where.path,
    ...(dimensions ? {metadata: {_type: 'sanity.imageMetadata', dimensions}} : {}),
  }
}

export interface ExportFolder {
  /** Every document of data.ndjson (placeholders become references), and an asset document per file. */
  documents: ParsedLine[]
  /** The absolute path of each asset's file in the folder, by asset document id. */
  assetFiles: Map<string, string>
}

/**
 * Reads an export folder as the Content Lake holds it: its asset documents name the path the lake
 * stores each file under in project `projectId`, dataset `dataset`.
 */
export function readExportFolder(dir: string, {projectId, dataset}: {projectId: string; dataset: string}): ExportFolder {
  const file = path.join(dir, 'data.ndjson')
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw new ExportFormatError(`Cannot read the dataset at ${file}. Set SEED_DIR to a folder that holds data.ndjson.`)
  }
  const documents = parseNdjson(text, file)
  const assets = new Map<string, ExportAsset>()
  for (const doc of documents) referenceAssets(doc, doc._id, assets)
  const assetFiles = new Map<string, string>()
  for (const asset of assets.values()) {
    const source = path.resolve(dir, asset.relativePath)
    let size: number
    try {
      size = statSync(source).size
    } catch {
      throw new ExportFormatError(`The dataset refers to ${asset.relativePath}, which is not in ${dir}.`)
    }
    documents.push(assetDocument(asset, {path: `${asset.kind}s/${projectId}/${dataset}/${assetFileName(asset)}`, size}))
    assetFiles.set(asset.id, source)
  }
  return {documents, assetFiles}
}
