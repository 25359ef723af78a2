// The content source of the preview server: the configured source, read with the drafts perspective,
// its prose carrying click-to-edit info for the Studio's overlays.
import {siteConfig} from '../config/config'
import {createContentSource} from '../content/openSource'
import type {ContentSource} from '../content/source'

let source: Promise<ContentSource> | undefined

export function draftSource(): Promise<ContentSource> {
  const config = siteConfig()
  source ??= createContentSource(config.source, 'drafts', {stega: {studioUrl: config.studioUrl}})
  return source
}
