// What a visitor downloads per content page of a built site: HTML, CSS and JavaScript bytes, raw
// and gzipped, averaged over the content pages (conditions, therapies, generic pages).
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {gzipSync} from 'node:zlib'

export interface Bytes {
  raw: number
  gzip: number
}

export interface PageStats {
  /** Every .html file in the output. */
  pages: number
  contentPages: number
  /** Averages per content page (over a sample of at most SAMPLE_LIMIT pages). */
  html: Bytes
  /** Stylesheets: inline <style> (already inside the HTML figure) plus linked files. */
  css: Bytes
  /** Scripts the page runs: linked and inline, JSON-LD excluded (it is data, not code). */
  js: Bytes
  /** HTML plus linked stylesheets, gzipped: what the first view of a page costs. */
  htmlCssGzip: number
}

/** Top-level routes that are not content pages. */
const SECTION_ROUTES = new Set(['conditions', 'therapies', 'programs', 'accreditations', 'get-help', '404'])
const SAMPLE_LIMIT = 400

function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)))
    .sort()
}

/** conditions/<slug>/index.html, therapies/<slug>/index.html and <page-slug>/index.html. */
export function isContentPage(file: string): boolean {
  const parts = file.split(path.sep)
  if (parts.length === 3) return (parts[0] === 'conditions' || parts[0] === 'therapies') && parts[2] === 'index.html'
  return parts.length === 2 && parts[1] === 'index.html' && !SECTION_ROUTES.has(parts[0] ?? '')
}

const measure = (text: string): Bytes => ({raw: Buffer.byteLength(text), gzip: gzipSync(text).length})

function add(total: Bytes, part: Bytes) {
  total.raw += part.raw
  total.gzip += part.gzip
}

function linkedFile(outDir: string, href: string): string {
  try {
    return readFileSync(path.join(outDir, decodeURI(href.split(/[?#]/)[0] ?? '')), 'utf8')
  } catch {
    return ''
  }
}

function pageBytes(outDir: string, html: string) {
  const css: Bytes = {raw: 0, gzip: 0}
  const js: Bytes = {raw: 0, gzip: 0}
  let linkedCssGzip = 0
  for (const match of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) add(css, measure(match[1] ?? ''))
  for (const match of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(match[0])?.[1]
    if (!href || /^https?:/.test(href)) continue
    const bytes = measure(linkedFile(outDir, href))
    add(css, bytes)
    linkedCssGzip += bytes.gzip
  }
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? ''
    if (/type="application\/ld\+json"/.test(attributes)) continue
    const src = /src="([^"]+)"/.exec(attributes)?.[1]
    add(js, measure(src ? linkedFile(outDir, src) : (match[2] ?? '')))
  }
  const htmlBytes = measure(html)
  return {html: htmlBytes, css, js, htmlCssGzip: htmlBytes.gzip + linkedCssGzip}
}

export function pageStats(outDir: string): PageStats {
  const files = htmlFiles(outDir)
  const content = files.filter(isContentPage)
  const step = Math.max(1, Math.ceil(content.length / SAMPLE_LIMIT))
  const sample = content.filter((_, index) => index % step === 0)
  const totals = {html: {raw: 0, gzip: 0}, css: {raw: 0, gzip: 0}, js: {raw: 0, gzip: 0}, htmlCssGzip: 0}
  for (const file of sample) {
    const bytes = pageBytes(outDir, readFileSync(path.join(outDir, file), 'utf8'))
    add(totals.html, bytes.html)
    add(totals.css, bytes.css)
    add(totals.js, bytes.js)
    totals.htmlCssGzip += bytes.htmlCssGzip
  }
  const n = Math.max(1, sample.length)
  const average = (bytes: Bytes): Bytes => ({raw: Math.round(bytes.raw / n), gzip: Math.round(bytes.gzip / n)})
  return {
    pages: files.length,
    contentPages: content.length,
    html: average(totals.html),
    css: average(totals.css),
    js: average(totals.js),
    htmlCssGzip: Math.round(totals.htmlCssGzip / n),
  }
}
