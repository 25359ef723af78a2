// Images are served from the site's own origin: the loader downloads every image the content uses
// from the Content Lake (sanity.io's, or the local one) into a cache folder, and the build copies the ones its pages
// use to dist/media. The editors' preview mirrors into a folder of its own, so an image only a draft
// uses never sits where a public build looks.
import {existsSync} from 'node:fs'
import path from 'node:path'
import {buildCacheFolder} from '../config/config'
import type {ContentSource, ImageAssetRef} from './source'
import {writeFileAtomically} from './writeFileAtomically'
import {fieldOf} from './fieldOf'

export const MEDIA_URL_BASE = '/media'

export function mediaCacheDir(): string {
  return buildCacheFolder('media')
}

/** Images of the editors' preview (drafts included), served only to a preview session. */
export function previewMediaCacheDir(): string {
  return buildCacheFolder('preview-media')
}

/** Widths offered in `srcset` when the source can scale images. */
export const IMAGE_WIDTHS = [480, 800, 1200, 1600] as const

export interface ImageVariant {
  url: string
  width: number
}

function variantFileName(asset: ImageAssetRef, width: number): string {
  const name = asset._id.replace(/^image-/, '').replace(/-[a-z0-9]+$/, '')
  return `${name}-${width}w.${asset.extension}`
}

/** The widths to publish for one image: vector images and unscaled sources get their own width. */
export function variantWidths(asset: ImageAssetRef, scalesImages: boolean): number[] {
  if (!scalesImages || asset.extension === 'svg') return [asset.width]
  const smaller = IMAGE_WIDTHS.filter((width) => width < asset.width)
  return [...smaller, Math.min(asset.width, 2000)]
}

/** Files being written by this process: collections loading side by side share one download. */
const writing = new Map<string, Promise<void>>()

/** Writes `file` once. Asset ids carry the content hash, so a file that exists is the right one. */
function ensureFile(file: string, bytes: () => Promise<Uint8Array>): Promise<void> {
  if (existsSync(file)) return Promise.resolve()
  let pending = writing.get(file)
  if (!pending) {
    pending = bytes()
      .then((content) => writeFileAtomically(file, content))
      .finally(() => writing.delete(file))
    writing.set(file, pending)
  }
  return pending
}

/** Makes every variant of `asset` available under /media and returns them, smallest first. */
export async function mirrorImage(
  asset: ImageAssetRef,
  source: ContentSource,
  cacheDir = mediaCacheDir(),
): Promise<ImageVariant[]> {
  const variants: ImageVariant[] = []
  for (const width of variantWidths(asset, source.scalesImages)) {
    const fileName = variantFileName(asset, width)
    const file = path.join(cacheDir, fileName)
    await ensureFile(file, () => source.imageBytes(asset, width))
    variants.push({url: `${MEDIA_URL_BASE}/${fileName}`, width})
  }
  return variants
}

type WithAsset = {asset: ImageAssetRef & {variants?: ImageVariant[]}}

function isImageWithAsset(value: unknown): value is WithAsset {
  const asset = fieldOf(value, 'asset')
  const id = fieldOf(asset, '_id')
  return typeof id === 'string' && id.startsWith('image-') && typeof fieldOf(asset, 'width') === 'number'
}

/**
 * Finds every image in a validated document and attaches its mirrored variants (in place). Its
 * `url` becomes the largest variant's: the stored content then names no source address (the local
 * lake's port differs from build to build), and pages are copied when their content is unchanged.
 */
export async function mirrorImagesIn(value: unknown, source: ContentSource, cacheDir = mediaCacheDir()): Promise<void> {
  const images: WithAsset[] = []
  collectImages(value, images)
  await Promise.all(
    images.map(async (image) => {
      const variants = await mirrorImage(image.asset, source, cacheDir)
      image.asset.variants = variants
      image.asset.url = variants.at(-1)?.url ?? image.asset.url
    }),
  )
}

// A plain walk: bodies have thousands of nodes, and awaiting at each one costs more than the images.
function collectImages(value: unknown, into: WithAsset[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectImages(item, into)
    return
  }
  if (!value || typeof value !== 'object') return
  if (isImageWithAsset(value)) into.push(value)
  for (const child of Object.values(value)) collectImages(child, into)
}
