// The sitemap's language alternates, taken from the hreflang links of the pages just built, so the
// sitemap and the pages cannot disagree: one integration reads every page's <link rel="alternate">
// when the build is done, and the sitemap integration (which runs after it) adds them to each URL.
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {AstroIntegration} from 'astro'
import type {SitemapItem} from '@astrojs/sitemap'

const CANONICAL = /<link rel="canonical" href="([^"]+)"/
// Seo.astro writes these attributes in this order; the values are URLs, escaped as HTML.
const ALTERNATE = /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g
const unescapeHtml = (value: string) => value.replace(/&amp;/g, '&')

/** The hreflang links in a page's HTML, keyed by its canonical URL. */
export function alternatesInHtml(html: string): {canonical: string; links: {lang: string; url: string}[]} | undefined {
  const canonical = CANONICAL.exec(html)?.[1]
  if (!canonical) return undefined
  const links = [...html.matchAll(ALTERNATE)].map(([, lang = '', url = '']) => ({lang, url: unescapeHtml(url)}))
  return {canonical: unescapeHtml(canonical), links}
}

export function sitemapAlternates() {
  const byUrl = new Map<string, {lang: string; url: string}[]>()
  const integration: AstroIntegration = {
    name: 'clinic-sitemap-alternates',
    hooks: {
      'astro:build:done': async ({dir, pages}) => {
        const root = fileURLToPath(dir)
        byUrl.clear()
        await Promise.all(
          pages.map(async ({pathname}) => {
            const html = await readFile(path.join(root, pathname, 'index.html'), 'utf8').catch(() => undefined)
            const found = html === undefined ? undefined : alternatesInHtml(html)
            if (found && found.links.length > 0) byUrl.set(found.canonical, found.links)
          }),
        )
      },
    },
  }
  /** For the sitemap integration's `serialize`: each URL with its alternates. */
  const serialize = (item: SitemapItem): SitemapItem => {
    const links = byUrl.get(item.url)
    return links ? {...item, links} : item
  }
  return {integration, serialize}
}
