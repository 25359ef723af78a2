// The product's main job, in a real browser: the real Studio on the local Content Lake, an editor's
// change published, the webhook, the rebuild, and the served site showing it.
import {existsSync, mkdirSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {findChromium, launchChromium} from '../support/browser'
import {ROOT} from '../support/paths'
import {openDocument, publish, startTestLoop, waitForSite, watchForProblems, type TestLoop} from './support'

const chromium = findChromium()
const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots')
const DESK_SECTIONS = [
  'Site settings',
  'Home page',
  'Program & care',
  'Conditions',
  'Therapies',
  'Pages',
  'FAQs',
  'People',
  'Accreditations',
]

if (!chromium.found && process.env.CI === 'true') throw new Error(`The Studio tests need a Chromium: ${chromium.reason}`)

describe.skipIf(!chromium.found)('the Studio on the local Content Lake', () => {
  let loop: TestLoop
  let browser: Browser
  let page: Page
  const problems: string[] = []

  const watch = (watched: Page) => watchForProblems(watched, problems)

  beforeAll(async () => {
    if (!chromium.found) return
    mkdirSync(SCREENSHOTS, {recursive: true})
    loop = await startTestLoop()
    browser = await launchChromium(chromium.path)
    page = await browser.newPage({viewport: {width: 1280, height: 900}})
    watch(page)
  }, 300_000)

  afterAll(async () => {
    await browser?.close()
    await loop?.close()
  })

  it('opens with no login, shows the nine sections of the desk, and reports no errors', async () => {
    await page.goto(loop.studioUrl)
    for (const section of DESK_SECTIONS)
      await page.getByRole('link', {name: section, exact: true}).first().waitFor({timeout: 90_000})
    await expect(page.title()).resolves.toMatch(/local, not connected to sanity\.io/)
    await page.screenshot({path: path.join(SCREENSHOTS, 'studio-desk-1280.png')})
    await openDocument(page, loop.studioUrl, 'accreditation', 'accreditation-cocq', 'name')
    // The list's previews and the badge field show images the lake serves.
    const lakeImages = `img[src*="/images/${loop.lake.projectId}/${loop.lake.dataset}/"]`
    await page.locator(lakeImages).nth(5).waitFor({timeout: 30_000})
    await page.locator('#badge').first().scrollIntoViewIfNeeded()
    await page.locator(`#badge ${lakeImages}`).first().waitFor({timeout: 30_000})
    await page.screenshot({path: path.join(SCREENSHOTS, 'studio-accreditation-1280.png')})
    expect(problems).toEqual([])
  }, 180_000)

  it('publishes an edited condition title to the served site', async () => {
    await openDocument(page, loop.studioUrl, 'condition', 'condition-depression', 'title')
    const title = 'Depression (checked by the Studio test)'
    await page.locator('input#title').first().fill(title)
    await publish(page)
    const started = Date.now()
    await expect
      .poll(async () => (await loop.lake.running?.dataset.get('condition-depression'))?.title, {timeout: 30_000})
      .toBe(title)
    const seconds = await waitForSite(`${loop.siteUrl}/conditions/depression/`, (html) => html.includes(title))
    console.log(`publish to live: ${((Date.now() - started) / 1000).toFixed(1)} s (site poll ${seconds.toFixed(1)} s)`)
    await page.screenshot({path: path.join(SCREENSHOTS, 'studio-condition-1280.png')})
    expect(loop.logs.some((line) => /webhook "local-loop": delivered condition-depression/.test(line))).toBe(true)
  }, 240_000)

  it('shows the field messages and blocks publishing for an empty required field or a javascript: link', async () => {
    await openDocument(page, loop.studioUrl, 'accreditation', 'accreditation-license', 'name')
    await page.locator('input#name').first().fill('')
    await page.locator('input#verificationUrl').first().fill('javascript:alert(1)')
    // Each field's message is in its validation marker, which shows it on hover and focus.
    await page.getByText('Use an address that starts with https://.').first().waitFor({state: 'attached', timeout: 30_000})
    await page.getByText('Required').first().waitFor({state: 'attached', timeout: 30_000})
    await page.locator('input#verificationUrl').first().scrollIntoViewIfNeeded()
    await page.screenshot({path: path.join(SCREENSHOTS, 'studio-validation-1280.png')})
    const publishButton = page.getByTestId('action-publish')
    await expect.poll(async () => publishButton.getAttribute('data-disabled'), {timeout: 30_000}).toBe('true')
    expect(loop.lake.running?.dataset.get('accreditation-license')?.name).toBeTruthy()
    // The editor discards the broken draft (the draft preview renders every draft it finds).
    await loop.lake.running?.dataset.commit([{delete: {id: 'drafts.accreditation-license'}}], {author: 'test'})
  }, 120_000)

  it('keeps an unpublished edit off the public site', async () => {
    await openDocument(page, loop.studioUrl, 'therapy', 'therapy-cbt', 'title')
    const draftTitle = 'CBT draft that must stay private'
    await page.locator('input#title').first().fill(draftTitle)
    await expect.poll(() => loop.lake.running?.dataset.get('drafts.therapy-cbt')?.title, {timeout: 30_000}).toBe(draftTitle)
    // Publish something else, so the site is rebuilt while the draft exists.
    await openDocument(page, loop.studioUrl, 'condition', 'condition-co-occurring', 'title')
    const other = 'Co-occurring conditions (rebuilt beside a draft)'
    await page.locator('input#title').first().fill(other)
    await publish(page)
    await waitForSite(`${loop.siteUrl}/conditions/`, (html) => html.includes(other))
    const therapies = await (await fetch(`${loop.siteUrl}/therapies/`)).text()
    expect(therapies).not.toContain(draftTitle)
    // The editors' draft preview, reading the lake with its token, shows the draft.
    const preview = await browser.newPage()
    await preview.goto(`${loop.previewUrl}/api/preview/enable?secret=${loop.previewSecret}&redirect=/therapies/`)
    expect(await preview.content()).toContain(draftTitle)
    expect(await preview.content()).toContain('Preview: you are seeing unpublished changes')
    await preview.close()
  }, 240_000)

  it('uploads a new accreditation badge that the built site serves from its own origin', async () => {
    await openDocument(page, loop.studioUrl, 'accreditation', 'accreditation-tipi', 'name')
    const badge = page.locator('#badge').first()
    await badge.getByTestId('options-menu-button').click()
    const chooser = page.waitForEvent('filechooser')
    await page.getByTestId('file-input-upload-button').click()
    await (await chooser).setFiles(path.join(ROOT, 'site/public/favicon.svg'))
    await expect
      .poll(
        () =>
          (loop.lake.running?.dataset.get('drafts.accreditation-tipi')?.badge as {asset?: {_ref?: string}} | undefined)?.asset
            ?._ref,
        {
          timeout: 60_000,
        },
      )
      .toMatch(/^image-[0-9a-f]{40}-\d+x\d+-svg$/)
    const assetId = (loop.lake.running?.dataset.get('drafts.accreditation-tipi')?.badge as {asset: {_ref: string}}).asset._ref
    const sha1 = assetId.split('-')[1] ?? 'missing'
    await publish(page)
    await waitForSite(`${loop.siteUrl}/accreditations/`, (html) => html.includes(sha1))
    const html = await (await fetch(`${loop.siteUrl}/accreditations/`)).text()
    const src = new RegExp(`src="([^"]*${sha1}[^"]*)"`).exec(html)?.[1]
    expect(src).toMatch(/^\/media\//)
    const image = await fetch(new URL(src ?? '/', loop.siteUrl))
    expect(image.status).toBe(200)
  }, 240_000)

  it('delivers a call-back request sent from the served site to the local mailbox', async () => {
    const visitor = await browser.newPage()
    await visitor.goto(`${loop.siteUrl}/get-help/`)
    await visitor.getByLabel('Your name').fill('Loop Tester')
    await visitor.getByLabel('Phone', {exact: true}).fill('(217) 555-0150')
    await visitor.locator('#inquiry-consent').check()
    await Promise.all([visitor.waitForURL(/\/get-help\/thank-you\/$/), visitor.locator('form.inquiry [type=submit]').click()])
    const messages = () =>
      existsSync(loop.mailboxDir) ? readdirSync(loop.mailboxDir).filter((name) => name.endsWith('.eml')) : []
    await expect.poll(() => messages().length, {timeout: 30_000}).toBe(1)
    const [file = ''] = messages()
    expect(readFileSync(path.join(loop.mailboxDir, file), 'utf8')).toContain('Loop Tester')
    await visitor.close()
  }, 120_000)

  it("opens the draft preview in the Presentation tool, through the Studio's preview secret", async () => {
    // A tab of its own: leaving a Studio page makes its presence socket complain while it closes.
    problems.length = 0
    const presentation = await browser.newPage({viewport: {width: 1280, height: 900}})
    watch(presentation)
    await presentation.goto(`${loop.studioUrl}/presentation`)
    await expect
      .poll(() => presentation.frames().some((frame) => frame.url().startsWith(loop.previewUrl)), {timeout: 90_000})
      .toBe(true)
    const frame = presentation.frames().find((candidate) => candidate.url().startsWith(loop.previewUrl))
    await frame?.getByText('Preview: you are seeing unpublished changes').waitFor({timeout: 60_000})
    await expect(frame?.locator('h1').first().textContent()).resolves.toBeTruthy()
    // The Studio covers the frame until the preview page has connected back to it.
    await expect.poll(() => presentation.getByText('Loading.', {exact: true}).count(), {timeout: 60_000}).toBe(0)
    await presentation.screenshot({path: path.join(SCREENSHOTS, 'studio-presentation-1280.png')})
    expect(problems).toEqual([])
  }, 180_000)
})
