// The editors' draft preview: the same site rendered on request from drafts, only for requests
// that carry the preview secret (then a session cookie), never indexed, never cached.
import {spawn, type ChildProcess} from 'node:child_process'
import {createServer} from 'node:net'
import path from 'node:path'
import {parse} from 'node-html-parser'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {sessionToken} from '../site/lib/preview/access'
import {buildSite} from './support/build'
import {startContentLakeStandIn, type ContentLakeStandIn} from './support/contentLakeStandIn'
import {OFFLINE_ENV} from './support/paths'
import {contentDocuments, seed} from './support/seed'
import {decodeStega, hasStega} from './support/stega'

const SECRET = 'test-preview-secret-7c1d0e'
const STUDIO_URL = 'https://clinic-test.sanity.studio'
const TOKEN = 'sk-preview-viewer-token-39af'
const draft = contentDocuments.find((doc) => doc._id.startsWith('drafts.'))
const draftTitle = String(draft?.title)
const draftPath = `/conditions/${(draft?.slug as {current: string} | undefined)?.current}/`

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
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

const withSession = {headers: {cookie: `clinic_preview=${sessionToken(SECRET)}`}}

let outDir = ''
let local: RunningPreview
let fromSanity: RunningPreview
let standIn: ContentLakeStandIn

beforeAll(async () => {
  standIn = await startContentLakeStandIn({documents: seed.documents, requiredToken: TOKEN, assetFiles: seed.assetFiles})
  outDir = (await buildSite({SITE_MODE: 'preview', SANITY_PREVIEW_SECRET: SECRET})).outDir
  local = await startPreview(outDir, {})
  fromSanity = await startPreview(outDir, {
    CONTENT_SOURCE: 'sanity',
    SANITY_PROJECT_ID: 'standin1',
    SANITY_API_HOST: standIn.url,
    SANITY_READ_TOKEN: TOKEN,
  })
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

  it('never redirects to another site', async () => {
    const enable = await fetch(`${local.url}/api/preview/enable?secret=${SECRET}&redirect=//evil.example/`, {redirect: 'manual'})
    expect(enable.headers.get('location')).toBe('/')
  })

  it('reads drafts from Sanity with the server-side token, which never reaches a response', async () => {
    const before = standIn.requests.length
    const response = await fetch(`${fromSanity.url}${draftPath}`, withSession)
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
    const html = await (await fetch(`${fromSanity.url}${draftPath}`, withSession)).text()
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
