// The editors' draft preview: the same site rendered on request from drafts, only for requests
// that carry the preview secret (then a session cookie), never indexed, never cached.
import {spawn, type ChildProcess} from 'node:child_process'
import {createHash} from 'node:crypto'
import {appendFileSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parse} from 'node-html-parser'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {freePort} from '../scripts/serve/freePort.ts'
import {signSession} from '../site/lib/preview/session'
import {buildSite, buildWorkDir, listFiles, readPages, type BuiltPage} from './support/build'
import {startContentLakeStandIn, type ContentLakeStandIn} from '../scripts/bench/contentLakeStandIn'
import {OFFLINE_ENV, SEED_DIR} from './support/paths'
import {contentDocuments, seed} from './support/seed'
import {seedVariant, withDocument} from './support/seedVariant'
import {decodeStega, hasStega} from './support/stega'

const SECRET = 'test-preview-secret-7c1d0e'
const STUDIO_URL = 'https://clinic-test.sanity.studio'
const TOKEN = 'sk-preview-viewer-token-39af'
const draft = contentDocuments.find((doc) => doc._id.startsWith('drafts.'))
const draftTitle = String(draft?.title)
const draftPath = `/conditions/${(draft?.slug as {current: string} | undefined)?.current}/`

/** An image that only the draft uses: it must never reach the public site. */
const draftImage =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="#3a7"/></svg>'
const draftImageHash = createHash('sha1').update(draftImage).digest('hex')

/** A draft an editor is in the middle of: its required title is empty, so it cannot be shown. */
const unfinished = contentDocuments.find((doc) => doc._type === 'therapy' && !doc._id.startsWith('drafts.'))
const unfinishedPath = `/therapies/${(unfinished?.slug as {current: string} | undefined)?.current}/`

/**
 * The starter dataset, with a figure added to the draft whose image no published document uses,
 * and an unfinished draft of a therapy.
 */
function seedWithDraftOnlyImage(): string {
  if (!draft || !unfinished) throw new Error('the starter dataset has no draft, or no therapy')
  const figure = {
    _type: 'figure',
    _key: 'draftonlyfigure',
    _sanityAsset: `image@file://./images/${draftImageHash}-64x64.svg`,
    alt: 'A green square standing in for a new photo.',
    decorative: false,
  }
  const dir = seedVariant(withDocument(draft._id, (doc) => ({...doc, body: [...(doc.body as unknown[]), figure]})))
  const images = path.join(dir, 'images')
  rmSync(images)
  mkdirSync(images)
  for (const file of readdirSync(path.join(SEED_DIR, 'images')))
    symlinkSync(path.join(SEED_DIR, 'images', file), path.join(images, file))
  writeFileSync(path.join(images, `${draftImageHash}-64x64.svg`), draftImage)
  appendFileSync(
    path.join(dir, 'data.ndjson'),
    `${JSON.stringify({...unfinished, _id: `drafts.${unfinished._id}`, title: ''})}\n`,
  )
  return dir
}

interface RunningPreview {
  url: string
  child: ChildProcess
  startedInMs: number
}

/** Starts the built preview server and waits until it answers. */
async function startPreview(outDir: string, env: Record<string, string>): Promise<RunningPreview> {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(process.execPath, [path.join(outDir, 'server/entry.mjs')], {
    env: {
      ...OFFLINE_ENV,
      SITE_MODE: 'preview',
      SANITY_PREVIEW_SECRET: SECRET,
      SANITY_STUDIO_URL: STUDIO_URL,
      HOST: '127.0.0.1',
      PORT: String(port),
      ...env,
    },
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 200; attempt++) {
    const answered = await fetch(`${url}/robots.txt`).then(
      () => true,
      () => false,
    )
    if (answered) return {url, child, startedInMs: performance.now() - started}
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  child.kill()
  throw new Error('the preview server did not answer within 10 seconds')
}

/** Opens a session the way an editor does, and returns the cookie to send with requests. */
async function openSession(preview: RunningPreview): Promise<string> {
  const enable = await fetch(`${preview.url}/api/preview/enable?secret=${SECRET}&redirect=/`, {redirect: 'manual'})
  const cookie = enable.headers.get('set-cookie')?.split(';')[0]
  if (enable.status !== 307 || !cookie) throw new Error(`the preview did not open a session (${enable.status})`)
  return cookie
}

let outDir = ''
let local: RunningPreview
let fromSanity: RunningPreview
let standIn: ContentLakeStandIn
let withSession: {headers: {cookie: string}}
let withSanitySession: {headers: {cookie: string}}
/** The public build from the same dataset and the same cache folder, after the preview has shown the draft. */
let publicOut = ''
let publicPages: BuiltPage[] = []

beforeAll(async () => {
  standIn = await startContentLakeStandIn({documents: seed.documents, requiredToken: TOKEN, assetFiles: seed.assetFiles})
  const seedDir = seedWithDraftOnlyImage()
  const work = buildWorkDir()
  // The preview and the public build share one cache folder, as they do on one machine by default.
  const cacheDir = path.join(work, 'cache')
  outDir = (await buildSite({SITE_MODE: 'preview', SANITY_PREVIEW_SECRET: SECRET, SEED_DIR: seedDir}, work)).outDir
  local = await startPreview(outDir, {SEED_DIR: seedDir, ASTRO_CACHE_DIR: cacheDir})
  fromSanity = await startPreview(outDir, {
    CONTENT_SOURCE: 'sanity',
    SANITY_PROJECT_ID: 'standin1',
    SANITY_API_HOST: standIn.url,
    SANITY_READ_TOKEN: TOKEN,
    ASTRO_CACHE_DIR: cacheDir,
  })
  withSession = {headers: {cookie: await openSession(local)}}
  withSanitySession = {headers: {cookie: await openSession(fromSanity)}}
  // An editor looks at the draft, with its new image, before the next public build runs.
  expect((await fetch(`${local.url}${draftPath}`, withSession)).status).toBe(200)
  publicOut = (await buildSite({SEED_DIR: seedDir, ASTRO_CACHE_DIR: cacheDir})).outDir
  publicPages = readPages(publicOut)
}, 300_000)

afterAll(async () => {
  local?.child.kill('SIGTERM')
  fromSanity?.child.kill('SIGTERM')
  await standIn?.close()
})

describe('the draft preview server', () => {
  it('starts and answers within a few seconds', () => {
    expect(local.startedInMs).toBeLessThan(5000)
  })

  it('refuses a request without the secret, and shows it no draft', async () => {
    const response = await fetch(`${local.url}${draftPath}`)
    expect(response.status).toBe(401)
    expect(await response.text()).not.toContain(draftTitle)
    const wrong = await fetch(`${local.url}/api/preview/enable?secret=not-the-secret&redirect=${draftPath}`, {redirect: 'manual'})
    expect(wrong.status).toBe(401)
    const forged = await fetch(`${local.url}${draftPath}`, {headers: {cookie: 'clinic_preview=forged'}})
    expect(forged.status).toBe(401)
  })

  it('opens a session with the secret and shows the draft, marked as a preview', async () => {
    const enable = await fetch(`${local.url}/api/preview/enable?secret=${SECRET}&redirect=${draftPath}`, {redirect: 'manual'})
    expect(enable.status).toBe(307)
    expect(enable.headers.get('location')).toBe(draftPath)
    const cookie = enable.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/clinic_preview=[^;]+;.*HttpOnly/i)
    const page = await fetch(`${local.url}${draftPath}`, {headers: {cookie: cookie.split(';')[0] ?? ''}})
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain(draftTitle)
    expect(html).toContain('Preview: you are seeing unpublished changes')
    expect(html).toMatch(/<meta name="robots" content="noindex"/)
  })

  it('sends no-index and no-store on every preview response, lets only the Studio frame it, and disallows crawling', async () => {
    for (const response of [await fetch(`${local.url}/`, withSession), await fetch(`${local.url}/`)]) {
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expect(response.headers.get('x-robots-tag')).toMatch(/noindex/)
      expect(response.headers.get('content-security-policy')).toBe(`frame-ancestors ${STUDIO_URL}`)
    }
    expect(await (await fetch(`${local.url}/robots.txt`)).text()).toMatch(/Disallow: \/\n/)
  })

  it('never redirects to another site, and sends control characters home', async () => {
    for (const redirect of [
      '//evil.example/',
      '/%09/evil.example',
      '/%0d%0aSet-Cookie:%20x=1',
      '/%00',
      'https://evil.example/',
    ]) {
      const enable = await fetch(`${local.url}/api/preview/enable?secret=${SECRET}&redirect=${redirect}`, {redirect: 'manual'})
      expect(enable.status, redirect).toBe(307)
      expect(enable.headers.get('location'), redirect).toBe('/')
    }
  })

  it('ends a session on the server when the editor closes the preview: a copied cookie stops working', async () => {
    const cookie = await openSession(local)
    const copied = {headers: {cookie}}
    expect((await fetch(`${local.url}${draftPath}`, copied)).status).toBe(200)
    const disable = await fetch(`${local.url}/api/preview/disable`, copied)
    expect(disable.headers.get('set-cookie')).toMatch(/clinic_preview=.*Expires=Thu, 01 Jan 1970/)
    const after = await fetch(`${local.url}${draftPath}`, copied)
    expect(after.status).toBe(401)
    expect(await after.text()).not.toContain(draftTitle)
    // Other sessions carry on.
    expect((await fetch(`${local.url}${draftPath}`, withSession)).status).toBe(200)
  })

  it('refuses a correctly signed session cookie after its expiry', async () => {
    const issuedAt = Date.now() - 2
    const expired = signSession({id: 'expired-session', issuedAt, expiresAt: issuedAt + 1}, SECRET)
    const response = await fetch(`${local.url}${draftPath}`, {headers: {cookie: `clinic_preview=${expired}`}})
    expect(response.status).toBe(401)
  })
})

describe('the preview and the public site', () => {
  it('shows the published version of a draft that cannot be shown yet, and says which draft and field to fix', async () => {
    const response = await fetch(`${local.url}${unfinishedPath}`, withSession)
    expect(response.status).toBe(200)
    const dom = parse(await response.text())
    expect(dom.querySelector('h1')?.textContent).toContain(String(unfinished?.title))
    const problems = dom.querySelector('[role="alert"]')?.textContent ?? ''
    expect(problems).toContain(`"${unfinished?._id}"`)
    expect(problems).toContain('"title"')
  })

  it('renders every page of the public site at the same path, the draft where there is one', async () => {
    expect(publicPages.length).toBeGreaterThan(10)
    for (const page of publicPages) {
      const response = await fetch(`${local.url}${page.path}`, withSession)
      if (page.path !== '/404/') expect(response.status, page.path).toBe(200)
      expect(response.headers.get('content-type'), page.path).toMatch(/^text\/html/)
      const heading = parse(await response.text())
        .querySelector('h1')
        ?.textContent.trim()
      const expected = page.path === draftPath ? draftTitle : page.dom.querySelector('h1')?.textContent.trim()
      expect(heading, page.path).toBe(expected)
    }
  }, 120_000)

  it('serves host files only at their own names', async () => {
    const headersFile = await fetch(`${local.url}/_headers`, withSession)
    expect(headersFile.status).toBe(200)
    expect(await headersFile.text()).toMatch(/Content-Security-Policy/)
    for (const path of ['/500', '/about-us-not-a-page/']) {
      const response = await fetch(`${local.url}${path}`, withSession)
      expect(response.status, path).toBe(404)
      expect(await response.text(), path).not.toMatch(/Content-Security-Policy/)
    }
  })

  it('keeps an image that only a draft uses out of the public build', () => {
    const media = listFiles(path.join(publicOut, 'media'))
    expect(media.length).toBeGreaterThan(0)
    expect(media.filter((file) => file.includes(draftImageHash))).toEqual([])
    // Every image the public pages use is there.
    const used = new Set(publicPages.flatMap((page) => [...page.html.matchAll(/\/media\/([\w.-]+)/g)].map((match) => match[1])))
    expect(used.size).toBeGreaterThan(0)
    for (const file of used) expect(media, file).toContain(file)
  })

  it('shows images in the preview only to a session, and never for caching, the draft-only one included', async () => {
    const html = await (await fetch(`${local.url}${draftPath}`, withSession)).text()
    const sources = parse(html)
      .querySelectorAll('img')
      .map((image) => image.getAttribute('src') ?? '')
      .filter((value) => value.startsWith('/media/'))
    expect(sources.filter((src) => src.includes(draftImageHash))).toHaveLength(1)
    // The footer's badges are published images, in the cache since the preview was built.
    expect(sources.length).toBeGreaterThan(1)
    for (const src of sources) {
      const image = await fetch(`${local.url}${src}`, withSession)
      expect(image.status, src).toBe(200)
      expect(image.headers.get('content-type'), src).toMatch(/^image\//)
      expect(image.headers.get('cache-control'), src).toBe('private, no-store')
      expect((await fetch(`${local.url}${src}`)).status, src).toBe(401)
    }
  })

  it('reads drafts from Sanity with the server-side token, which never reaches a response', async () => {
    const before = standIn.requests.length
    const response = await fetch(`${fromSanity.url}${draftPath}`, withSanitySession)
    const html = await response.text()
    expect(response.status).toBe(200)
    expect(html).toContain(draftTitle)
    expect(html).not.toContain(TOKEN)
    const queries = standIn.requests.slice(before)
    expect(queries.length).toBeGreaterThan(0)
    for (const query of queries) {
      expect(query.perspective).toBe('drafts')
      expect(query.authorization).toBe(`Bearer ${TOKEN}`)
    }
  })
})

/** The page's executable scripts (JSON-LD is data, not code). */
const codeScripts = (html: string) =>
  parse(html)
    .querySelectorAll('script')
    .filter((script) => script.getAttribute('type') !== 'application/ld+json')

describe('click-to-edit overlays in the preview', () => {
  it('loads the overlay script on pages an editor opens, and serves it', async () => {
    const html = await (await fetch(`${local.url}${draftPath}`, withSession)).text()
    const scripts = codeScripts(html)
    expect(scripts.map((script) => script.getAttribute('type'))).toEqual(['module'])
    const src = scripts[0]?.getAttribute('src') ?? ''
    expect(src).toMatch(/^\/_astro\/.+\.js$/)
    const script = await fetch(`${local.url}${src}`)
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toMatch(/javascript/)
    // The overlay itself is loaded on demand by this small entry.
    expect(await script.text()).toMatch(/renderVisualEditing/)
  })

  it('gives no script to a request without a session', async () => {
    const html = await (await fetch(`${local.url}${draftPath}`)).text()
    expect(codeScripts(html)).toEqual([])
  })

  it('offline (starter dataset), pages carry no edit info: there is no Content Source Map', async () => {
    const html = await (await fetch(`${local.url}${draftPath}`, withSession)).text()
    expect(hasStega(html)).toBe(false)
  })

  it('from Sanity, the draft title links to its field in the Studio; links, <head> and JSON-LD stay clean', async () => {
    const html = await (await fetch(`${fromSanity.url}${draftPath}`, withSanitySession)).text()
    const dom = parse(html)
    const heading = dom.querySelector('h1')?.textContent ?? ''
    expect(heading).toContain(draftTitle)
    expect(decodeStega(heading)?.href).toMatch(new RegExp(`^${STUDIO_URL}/intent/edit/.*id=condition-anxiety;.*path=title`))
    // What a visitor's browser acts on or shows outside the page is exactly as written.
    const hrefs = dom.querySelectorAll('a').map((link) => link.getAttribute('href') ?? '')
    expect(hrefs.some((href) => href.startsWith('tel:'))).toBe(true)
    expect(hrefs.filter(hasStega)).toEqual([])
    expect(hasStega(dom.querySelector('head')?.toString() ?? '')).toBe(false)
  })
})
