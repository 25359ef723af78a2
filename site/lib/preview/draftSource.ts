// The content sources of the preview server: the configured source, read with the drafts perspective
// (and, for drafts it cannot show, the published one), its prose carrying click-to-edit info for the
// Studio's overlays.
import {siteConfig} from '../config/config'
import {createContentSource} from '../content/openSource'
import type {ContentSource} from '../content/source'

let source: Promise<ContentSource> | undefined
let published: Promise<ContentSource> | undefined

export function draftSource(): Promise<ContentSource> {
  const config = siteConfig()
  source ??= createContentSource(config.source, 'drafts', {stega: {studioUrl: config.studioUrl}})
  return source
}

/** The same source as published content, for documents whose drafts the preview cannot show. */
export function publishedSource(): Promise<ContentSource> {
  const config = siteConfig()
  published ??= createContentSource(config.source, 'published', {stega: {studioUrl: config.studioUrl}})
  return published
}
