// What a page says about itself to search engines and link previews, with fallbacks from site
// settings, so every page has a title, a description, a canonical URL and a sharing image.
import {siteConfig} from '../config/config'
import {DEFAULT_LANGUAGE, type Language} from '../../../schemas/lib/languages'
import type {SiteSettings} from '../content/collections/siteSettings'
import {messagesFor} from '../i18n/messages'
import type {Seo} from '../content/shapes'
import {imageAttributes} from '../pages/images'
import {absoluteUrl} from './jsonld'

export interface PageMeta {
  title: string
  description: string
  canonical: string
  noIndex: boolean
  ogImage?: {url: string; width: number; height: number; alt: string}
  siteName: string
  /** The page's locale for link previews, as Open Graph writes it (es_US). */
  locale: string
}

export interface PageMetaInput {
  title: string
  description?: string
  seo?: Seo
  /** What the page takes from the settings; pages in other languages than the default say which. */
  settings: Pick<SiteSettings, 'clinicName' | 'defaultSeo'> & {language?: Language}
  path: string
  /** The site's address; the configured SITE_URL unless given. */
  siteUrl?: string
}

/** Shortens text at a word boundary, for descriptions built from longer summaries. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`
}

export function pageMeta({title, description, seo, settings, path, siteUrl = siteConfig().siteUrl}: PageMetaInput): PageMeta {
  const siteName = settings.clinicName
  // An editor's search title is used as written; otherwise the page title gets the clinic name.
  const fullTitle = seo?.title ?? (title.includes(siteName) ? title : `${title} | ${siteName}`)
  const image = seo?.image ?? settings.defaultSeo?.image
  const og = image ? imageAttributes(image) : undefined
  return {
    title: fullTitle,
    description: truncate(seo?.description ?? description ?? settings.defaultSeo?.description ?? siteName, 160),
    canonical: absoluteUrl(path, siteUrl),
    noIndex: seo?.noIndex ?? false,
    siteName,
    locale: messagesFor(settings.language ?? DEFAULT_LANGUAGE).locale.replace('-', '_'),
    ...(og ? {ogImage: {url: absoluteUrl(og.src, siteUrl), width: og.width, height: og.height, alt: og.alt}} : {}),
  }
}
