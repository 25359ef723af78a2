// Checks every link and file reference in the built site without a browser: internal URLs lead to a
// file in dist, #anchors lead to an id on the target page, and the rest use only safe schemes.
import {existsSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {parse, type HTMLElement} from 'node-html-parser'
import {beforeAll, describe, expect, it} from 'vitest'
import {listFiles} from '../support/build'
import {htmlPages, sharedSite, SITE_URL} from './sharedSite'

const SITE_ORIGIN = new URL(SITE_URL).origin
/** Schemes a visitor may be sent to outside the site. */
const EXTERNAL_SCHEMES = new Set(['https:', 'mailto:', 'tel:', 'sms:'])

/** Attributes that hold one URL, by the elements that carry them. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['script[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['input[src]', 'src'],
  ['form[action]', 'action'],
  ['use[href]', 'href'],
  ['image[href]', 'href'],
  ['meta[property="og:image"]', 'content'],
  ['meta[property="og:url"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
]

/** `<link rel>` values that make the browser fetch the file, rather than name a related page. */
const LOADING_RELS = /\b(stylesheet|icon|preload|modulepreload|prefetch|preconnect|dns-prefetch|manifest|apple-touch-icon)\b/i

interface Reference {
  page: string
  /** How the page names the URL, e.g. `<a href>`. */
  from: string
  value: string
  /** A link a visitor follows (or a form sends them to), as opposed to a file the page loads. */
  navigates: boolean
}

const srcsetUrls = (srcset: string) =>
  srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean)

const cssUrls = (css: string) =>
  [...css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/g)].map((match) => match[2] ?? '').filter((url) => !url.startsWith('data:'))

function referencesIn(page: string, dom: HTMLElement): Reference[] {
  const found: Reference[] = []
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const element of dom.querySelectorAll(selector)) {
      const tag = element.tagName.toLowerCase()
      found.push({
        page,
        from: `<${tag} ${attribute}>`,
        value: (element.getAttribute(attribute) ?? '').trim(),
        navigates:
          tag === 'a' ||
          tag === 'area' ||
          tag === 'form' ||
          tag === 'meta' ||
          (tag === 'link' && !LOADING_RELS.test(element.getAttribute('rel') ?? '')),
      })
    }
  }
  for (const element of dom.querySelectorAll('img[srcset], source[srcset]')) {
    for (const value of srcsetUrls(element.getAttribute('srcset') ?? ''))
      found.push({page, from: `<${element.tagName.toLowerCase()} srcset>`, value, navigates: false})
  }
  for (const style of dom.querySelectorAll('style'))
    for (const value of cssUrls(style.textContent)) found.push({page, from: '<style> url()', value, navigates: false})
  for (const element of dom.querySelectorAll('[style]'))
    for (const value of cssUrls(element.getAttribute('style') ?? ''))
      found.push({page, from: 'style="url()"', value, navigates: false})
  return found
}

describe('links and file references in the built site', () => {
  let outDir = ''
  let pages: {urlPath: string; file: string; dom: HTMLElement}[] = []
  let references: Reference[] = []
  const ids = new Map<string, Set<string>>()

  /** The file an internal path is served from: the file itself, or a directory's index.html. */
  const fileFor = (pathname: string): string | undefined => {
    let decoded: string
    try {
      decoded = decodeURIComponent(pathname)
    } catch {
      return undefined
    }
    const file = path.join(outDir, decoded)
    if (!file.startsWith(outDir)) return undefined
    if (existsSync(file) && statSync(file).isFile()) return file
    const index = path.join(file, 'index.html')
    return existsSync(index) ? index : undefined
  }

  const idsIn = (file: string): Set<string> => {
    let known = ids.get(file)
    if (!known) {
      const dom = parse(readFileSync(file, 'utf8'))
      known = new Set(dom.querySelectorAll('[id]').map((element) => element.getAttribute('id') ?? ''))
      ids.set(file, known)
    }
    return known
  }

  beforeAll(async () => {
    outDir = await sharedSite()
    pages = htmlPages(outDir).map(({urlPath, file}) => ({
      urlPath,
      file,
      dom: parse(readFileSync(path.join(outDir, file), 'utf8')),
    }))
    references = pages.flatMap((page) => referencesIn(page.urlPath, page.dom))
  })

  const problem = (reference: Reference, message: string) =>
    `${reference.page}: ${reference.from} "${reference.value}" ${message}`
  const urlOf = (reference: Reference): URL | undefined => {
    try {
      return new URL(reference.value, `${SITE_ORIGIN}${reference.page}`)
    } catch {
      return undefined
    }
  }

  it('finds links, images and styles to check on every page', () => {
    expect(pages.length).toBeGreaterThan(10)
    for (const page of pages) {
      const own = references.filter((reference) => reference.page === page.urlPath)
      expect(own.filter((reference) => reference.navigates).length, page.urlPath).toBeGreaterThan(5)
    }
  })

  it('leads every internal URL to a file in the build', () => {
    const broken = references.flatMap((reference) => {
      if (reference.value === '') return [problem(reference, 'is empty')]
      const url = urlOf(reference)
      if (!url) return [problem(reference, 'is not a URL')]
      if (url.origin !== SITE_ORIGIN) return []
      // The 404 page is served at whatever address was missed, so a relative URL there resolves anywhere.
      if (reference.page === '/404.html' && !/^([a-z][a-z+.-]*:|\/|#)/i.test(reference.value))
        return [problem(reference, 'is relative, but the 404 page is served at any address')]
      return fileFor(url.pathname) ? [] : [problem(reference, `points to ${url.pathname}, which is not in dist`)]
    })
    expect(broken).toEqual([])
  })

  it('leads every #anchor to an element with that id on the target page', () => {
    const broken = references.flatMap((reference) => {
      const url = urlOf(reference)
      if (!reference.value.includes('#') || !url || url.origin !== SITE_ORIGIN) return []
      const fragment = decodeURIComponent(url.hash.slice(1))
      if (fragment === '') return [problem(reference, 'has an empty fragment and goes nowhere')]
      const file = fileFor(url.pathname)
      if (!file) return [] // reported by the test above
      return idsIn(file).has(fragment) ? [] : [problem(reference, `has no element with id "${fragment}" on ${url.pathname}`)]
    })
    expect(broken).toEqual([])
  })

  it('sends visitors elsewhere only over https, mailto, tel or sms, and loads no file from elsewhere', () => {
    const unsafe = references.flatMap((reference) => {
      const url = urlOf(reference)
      if (!url || url.origin === SITE_ORIGIN) return []
      if (!reference.navigates) return [problem(reference, 'loads a file from another origin')]
      if (!EXTERNAL_SCHEMES.has(url.protocol)) return [problem(reference, `uses ${url.protocol}, not https, mailto, tel or sms`)]
      if ((url.protocol === 'tel:' || url.protocol === 'sms:') && !/^\+?[\d\-.()]+$/.test(url.pathname))
        return [problem(reference, 'is not a dialable number')]
      if (url.protocol === 'mailto:' && !/^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(url.pathname)))
        return [problem(reference, 'is not an email address')]
      return []
    })
    expect(unsafe).toEqual([])
  })

  it('gives browsers an icon for the tab on every page, so none asks for a missing /favicon.ico', () => {
    const fallback = fileFor('/favicon.ico')
    const without = pages.filter((page) => {
      const icon = page.dom.querySelectorAll('link[href]').find((link) => /\bicon\b/i.test(link.getAttribute('rel') ?? ''))
      const href = icon?.getAttribute('href')
      return !(href ? fileFor(new URL(href, `${SITE_ORIGIN}${page.urlPath}`).pathname) : fallback)
    })
    expect(without.map((page) => page.urlPath)).toEqual([])
  })

  it('lists only pages of the build in the sitemap', () => {
    const sitemaps = listFiles(outDir).filter((file) => /^sitemap.*\.xml$/.test(file))
    expect(sitemaps.length, 'sitemap files').toBeGreaterThan(0)
    const locations = sitemaps.flatMap((file) =>
      [...readFileSync(path.join(outDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? ''),
    )
    const missing = locations.filter((location) => {
      const url = new URL(location)
      return url.origin !== SITE_ORIGIN || !fileFor(url.pathname)
    })
    expect(locations.length).toBeGreaterThan(0)
    expect(missing).toEqual([])
  })
})
