// The one small interface the content source implements: run a GROQ query over published
// content, and fetch the bytes of an image so the site can serve it from its own origin.
// sanitySource.ts implements it over a Content Lake (localLake.ts: over the local one);
// openSource.ts picks one.

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
  /**
   * A fingerprint of the whole dataset, for sources whose `_updatedAt` cannot be trusted (a file
   * edited by hand); a new value forces a full sync, the same one means nothing changed. Undefined
   * where `_updatedAt` is reliable.
   */
  revision(): Promise<string | undefined>
  /**
   * Names the data's history where `_updatedAt` is exact but the data can start again (a local lake
   * reset to its starter dataset): a new value forces a full sync.
   */
  readonly generation?: string
}

export interface ContentSourceOptions {
  /**
   * Editors' preview only: strings that are prose carry invisible click-to-edit info pointing at
   * this Studio (sanity.io only; the local lake has no Content Source Map).
   */
  stega?: {studioUrl: string}
}

export class ContentSourceError extends Error {
  override name = 'ContentSourceError'
}
