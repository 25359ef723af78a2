// The <img> attributes for a content image: served from the site's own origin, with width,
// height and a srcset of the mirrored variants.
import type {Image} from '../content/shapes'

export interface ImageAttributes {
  src: string
  srcset?: string
  sizes?: string
  width: number
  height: number
  alt: string
}

/** `sizes` describes how wide the image is shown; the default suits a full-width content image. */
export function imageAttributes(image: Image, sizes = '(min-width: 48rem) 46rem, 100vw'): ImageAttributes {
  const {asset} = image
  const variants = asset.variants?.length ? asset.variants : [{url: asset.url, width: asset.width}]
  const largest = variants[variants.length - 1] ?? {url: asset.url, width: asset.width}
  const alt = image.decorative ? '' : (image.alt ?? '')
  return {
    src: largest.url,
    ...(variants.length > 1 ? {srcset: variants.map((variant) => `${variant.url} ${variant.width}w`).join(', '), sizes} : {}),
    width: largest.width,
    height: Math.round((largest.width * asset.height) / asset.width),
    alt,
  }
}
