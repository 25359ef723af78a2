// Opens the content source the configuration names: the starter dataset (groq-js) or a Content
// Lake (Sanity, or the local one) through @sanity/client. Each is loaded only when used, so a build
// from the starter dataset never loads the client, nor the other way round.
import type {ContentSourceConfig} from '../config/config'
import type {Perspective} from './perspective'
import type {ContentSource, ContentSourceOptions} from './source'

export async function createContentSource(
  config: ContentSourceConfig,
  perspective: Perspective = 'published',
  options: ContentSourceOptions = {},
): Promise<ContentSource> {
  if (config.kind === 'local') {
    const {createLocalSource} = await import('./localSource')
    return createLocalSource(config.seedDir, perspective)
  }
  const {createSanitySource} = await import('./sanitySource')
  return createSanitySource(config, perspective, options)
}
