// The Sanity Content Lake as a content source: published perspective for builds (drafts for the
// editors' preview, with click-to-edit info in its prose), no CDN cache, pinned API version,
// optional read token that stays on the server. Failures become one clear sentence.
import {createClient, type SanityClient} from '@sanity/client'
import {createImageUrlBuilder} from '@sanity/image-url'
import type {ContentSourceConfig} from '../config/config'
import type {Perspective} from './perspective'
import {ContentSourceError, type ContentSource, type ContentSourceOptions} from './source'
import {stegaFilter} from './stegaFilter'
import {fieldOf} from './fieldOf'

type SanityConfig = Extract<ContentSourceConfig, {kind: 'sanity'}>

function explain(error: unknown, config: SanityConfig): ContentSourceError {
  const statusCode = fieldOf(error, 'statusCode')
  const status = typeof statusCode === 'number' ? statusCode : undefined
  const where = `project "${config.projectId}", dataset "${config.dataset}"`
  if (status === 401 || status === 403)
    return new ContentSourceError(
      `Sanity refused the request (${status}) for ${where}: check SANITY_READ_TOKEN, or make the dataset public.`,
    )
  if (status === 404)
    return new ContentSourceError(`Sanity could not find ${where} (404): check SANITY_PROJECT_ID and SANITY_DATASET.`)
  if (status === 429)
    return new ContentSourceError(`Sanity is rate limiting this build (429) for ${where}: wait a minute and build again.`)
  if (status && status >= 500)
    return new ContentSourceError(
      `Sanity answered with a server error (${status}) for ${where}: the previous site stays live; try again shortly.`,
    )
  return new ContentSourceError(`Could not reach Sanity for ${where}: ${error instanceof Error ? error.message : String(error)}`)
}

export function createSanitySource(
  config: SanityConfig,
  perspective: Perspective = 'published',
  options: ContentSourceOptions = {},
): ContentSource {
  if (perspective === 'drafts' && !config.token) {
    throw new ContentSourceError('Draft preview from Sanity needs SANITY_READ_TOKEN (a Viewer token); it stays on the server.')
  }
  if (options.stega && perspective !== 'drafts') {
    throw new ContentSourceError('Click-to-edit info (stega) is for the draft preview only; the public build must stay clean.')
  }
  const client: SanityClient = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    token: config.token,
    perspective,
    useCdn: false,
    // Retries happen in the rebuild service; a build fails fast with a clear message instead.
    maxRetries: 0,
    ...(config.apiHost ? {apiHost: config.apiHost, useProjectHostname: false} : {}),
    // Asks for the Content Source Map and hides edit links to the Studio in prose strings.
    ...(options.stega ? {stega: {enabled: true, studioUrl: options.stega.studioUrl, filter: stegaFilter}} : {}),
  })
  const images = createImageUrlBuilder({
    projectId: config.projectId,
    dataset: config.dataset,
    ...(config.apiHost ? {baseUrl: config.apiHost} : {}),
  })
  return {
    label: `Sanity project ${config.projectId}, dataset ${config.dataset}`,
    scalesImages: true,
    async fetch<T>(query: string, params: Record<string, unknown> = {}) {
      try {
        return await client.fetch<T>(query, params, {perspective})
      } catch (error) {
        throw explain(error, config)
      }
    },
    // The Content Lake keeps `_updatedAt` exact, so changes since the last sync can be trusted.
    revision: async () => undefined,
    async imageBytes(asset, width) {
      const url = images.image(asset._id).width(width).fit('max').url()
      const response = await fetch(url)
      if (!response.ok)
        throw new ContentSourceError(`Could not download image ${asset._id} (${response.status}) from ${new URL(url).origin}.`)
      return new Uint8Array(await response.arrayBuffer())
    },
  }
}
