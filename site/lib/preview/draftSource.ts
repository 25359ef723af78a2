// The content source of the preview server: the configured source, read with the drafts perspective.
import {siteConfig} from '../config'
import {createContentSource, type ContentSource} from '../content/source'

let source: Promise<ContentSource> | undefined

export function draftSource(): Promise<ContentSource> {
  source ??= createContentSource(siteConfig().source, 'drafts')
  return source
}
