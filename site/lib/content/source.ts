// The one small interface both content sources implement: run a GROQ query over published
// content, and fetch the bytes of an image so the site can serve it from its own origin.
import type {ContentSourceConfig} from '../config'

export interface ImageAssetRef {
  _id: string
  url: string
  extension: string
  width: number
  height: number
}

export interface ContentSource {
  /** For logs: where content comes from. */
  readonly label: string
  fetch<T>(query: string, params?: Record<string, unknown>): Promise<T>
  /** The image file, scaled to `width` when the source can scale (Sanity's image API can). */
  imageBytes(asset: ImageAssetRef, width: number): Promise<Uint8Array>
  /** Whether `imageBytes` returns scaled variants, or always the original file. */
  readonly scalesImages: boolean
}

export class ContentSourceError extends Error {
  override name = 'ContentSourceError'
}

export async function createContentSource(config: ContentSourceConfig): Promise<ContentSource> {
  if (config.kind === 'local') {
    const {createLocalSource} = await import('./localSource')
    return createLocalSource(config.seedDir)
  }
  const {createSanitySource} = await import('./sanitySource')
  return createSanitySource(config)
}
