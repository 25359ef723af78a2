// Asset upload and serving, as the Content Lake does them: an upload stores the file under its
// SHA-1 and creates a `sanity.imageAsset` (or `sanity.fileAsset`) document with what the Studio
// reads (dimensions, mime type, size); the same bytes uploaded twice give the same asset. Images
// are served at the path @sanity/image-url builds from the lake's address, scaled when asked.
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import type {ServerResponse} from 'node:http'
import path from 'node:path'
import sharp from 'sharp'
import {mimeTypeFor} from '../../site/lib/content/mimeTypes.ts'
import type {Dataset} from './dataset.ts'
import {LakeError} from './errors.ts'
import {writeFileDurablySync} from '../durableFile.ts'
import type {LakeDocument} from './types.ts'

export type AssetKind = 'image' | 'file'

const RASTER = new Set(['png', 'jpg', 'jpeg', 'webp', 'gif', 'avif', 'tiff'])

export interface AssetStore {
  /** Where uploads are written and files served from; a lake in memory has none and takes no uploads. */
  folder?: string
  /** Files served by name from elsewhere: the export folder a lake in memory reads. */
  files?: ReadonlyMap<string, string>
  /** The lake's public address, for the asset documents' `url`. */
  baseUrl: string
  projectId: string
}

/** The file name an asset document's file is kept under in the data folder. */
export const storedFileName = (doc: LakeDocument) => path.posix.basename(String(doc.path ?? ''))

/** The public URL of a stored asset (its `url` field), from the lake's current address. */
export function assetUrl(store: AssetStore, dataset: string, kind: AssetKind, fileName: string): string {
  return `${store.baseUrl}/${kind}s/${store.projectId}/${dataset}/${fileName}`
}

/** Gives every asset document the URL it has at the address the lake runs at now. */
export function addressAssets(dataset: Dataset, store: AssetStore) {
  dataset.adjust((doc: LakeDocument) =>
    doc._type === 'sanity.imageAsset' || doc._type === 'sanity.fileAsset'
      ? {...doc, url: assetUrl(store, dataset.name, doc._type === 'sanity.imageAsset' ? 'image' : 'file', storedFileName(doc))}
      : undefined,
  )
}

async function describeImage(bytes: Buffer, filename: string) {
  try {
    const meta = await sharp(bytes).metadata()
    if (!meta.width || !meta.height) throw new Error('no dimensions')
    const extension = meta.format === 'jpeg' ? 'jpg' : meta.format === 'svg' ? 'svg' : String(meta.format)
    return {width: meta.width, height: meta.height, extension, hasAlpha: Boolean(meta.hasAlpha)}
  } catch {
    throw new LakeError(
      400,
      'invalidImage',
      `"${filename}" is not an image the lake can read (PNG, JPEG, WebP, GIF, AVIF or SVG).`,
    )
  }
}

/** Stores `bytes` and creates (or finds) its asset document. */
export async function uploadAsset(
  store: AssetStore,
  dataset: Dataset,
  kind: AssetKind,
  bytes: Buffer,
  {filename, author}: {filename: string; author: string},
): Promise<LakeDocument> {
  if (bytes.length === 0) throw new LakeError(400, 'emptyUpload', 'The upload is empty.')
  const sha1 = createHash('sha1').update(bytes).digest('hex')
  let id: string
  let fileName: string
  let extra: Record<string, unknown> = {}
  if (kind === 'image') {
    const image = await describeImage(bytes, filename)
    id = `image-${sha1}-${image.width}x${image.height}-${image.extension}`
    fileName = `${sha1}-${image.width}x${image.height}.${image.extension}`
    extra = {
      extension: image.extension,
      mimeType: mimeTypeFor(image.extension),
      metadata: {
        _type: 'sanity.imageMetadata',
        dimensions: {
          _type: 'sanity.imageDimensions',
          width: image.width,
          height: image.height,
          aspectRatio: image.width / image.height,
        },
        hasAlpha: image.hasAlpha,
        isOpaque: !image.hasAlpha,
      },
    }
  } else {
    const extension = path.extname(filename).slice(1).toLowerCase() || 'bin'
    id = `file-${sha1}-${extension}`
    fileName = `${sha1}.${extension}`
    extra = {extension, mimeType: mimeTypeFor(extension)}
  }
  const existing = dataset.get(id)
  if (existing) return existing
  if (!store.folder)
    throw new LakeError(405, 'noUploads', 'This lake runs in memory for one build and keeps no files: upload to npm run lake.')
  // The file is on disk before the document that points at it.
  mkdirSync(store.folder, {recursive: true})
  const file = path.join(store.folder, fileName)
  if (!existsSync(file)) writeFileDurablySync(file, bytes)
  const doc: LakeDocument = {
    _id: id,
    _type: kind === 'image' ? 'sanity.imageAsset' : 'sanity.fileAsset',
    assetId: sha1,
    sha1hash: sha1,
    originalFilename: filename,
    size: bytes.length,
    path: `${kind}s/${store.projectId}/${dataset.name}/${fileName}`,
    url: assetUrl(store, dataset.name, kind, fileName),
    uploadId: sha1.slice(0, 16),
    ...extra,
  }
  await dataset.commit([{createIfNotExists: doc}], {author})
  return dataset.get(id) ?? doc
}

/** Serves a stored asset file; images scale to `w`/`h` (never up), as Sanity's image API does. */
export async function serveAsset(store: AssetStore, fileName: string, search: URLSearchParams, response: ServerResponse) {
  if (!/^[0-9a-f]{40}(-\d+x\d+)?\.[a-z0-9]+$/.test(fileName)) throw new LakeError(404, 'notFound', 'No such asset.')
  const file = store.files?.get(fileName) ?? (store.folder && path.join(store.folder, fileName))
  let bytes: Buffer
  try {
    if (!file) throw new Error('no such file')
    bytes = await readFile(file)
  } catch {
    throw new LakeError(404, 'notFound', 'No such asset.')
  }
  const extension = path.extname(fileName).slice(1)
  const width = Number(search.get('w')) || undefined
  const height = Number(search.get('h')) || undefined
  if (RASTER.has(extension) && (width || height)) {
    bytes = await sharp(bytes).resize({width, height, fit: 'inside', withoutEnlargement: true}).toBuffer()
  }
  response.writeHead(200, {
    'content-type': mimeTypeFor(extension),
    'content-length': String(bytes.length),
    'cache-control': 'no-cache',
  })
  response.end(bytes)
}
