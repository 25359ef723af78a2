// Opens the content source the configuration names. Both read a Content Lake through
// @sanity/client (sanitySource.ts): sanity.io's, or with no project configured the local one
// (localLake.ts), which is started for the build when none runs for its data.
import type {ContentSourceConfig} from '../config/config'
import type {Perspective} from './perspective'
import type {ContentSource, ContentSourceOptions} from './source'

export async function createContentSource(
  config: ContentSourceConfig,
  perspective: Perspective = 'published',
  options: ContentSourceOptions = {},
): Promise<ContentSource> {
  if (config.kind === 'local') {
    // The local lake has no Content Source Map, so no click-to-edit info (stega) either.
    const {createLocalLakeSource} = await import('./localLake')
    return createLocalLakeSource(config.seedDir, perspective)
  }
  const {createSanitySource} = await import('./sanitySource')
  return createSanitySource(config, perspective, options)
}
