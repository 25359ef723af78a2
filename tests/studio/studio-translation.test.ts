// Translating in the real Studio on the local Content Lake: an editor makes the Spanish version of
// a condition through the translation plugin's menu, publishes it, and the served site shows it
// under /es/; a translation whose English source changed since is flagged, live; the desk has a
// level per language, and the Studio speaks Spanish to editors who choose it.
import {mkdirSync} from 'node:fs'
import path from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {findChromium, launchChromium} from '../support/browser'
import {ROOT} from '../support/paths'
import {openDocument, publish, startTestLoop, waitForSite, watchForProblems, type TestLoop} from './support'

const chromium = findChromium()
const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots')

/** The English condition this suite translates: its own, so the starter's Spanish ones do not matter. */
const SOURCE_ID = 'condition-translation-test'
const SPANISH_TITLE = 'Agotamiento (prueba de traducción)'
const SPANISH_SLUG = 'agotamiento-prueba'

interface Metadata {
  _id: string
  translations: {language: string; value: {_ref: string; _weak?: boolean}}[]
}

/**
 * Chooses a language in the translation menu of the first document pane, opening the menu when it
 * is closed, until `done` says the choice took effect. The menu renders its options again while it
 * reads the translation metadata, so a click can land on an option that was just replaced.
 */
async function chooseLanguage(page: Page, title: string, done: () => Promise<boolean>) {
  const option = page.getByRole('button', {name: new RegExp(`^${title}`)})
  const started = Date.now()
  while (!(await done())) {
    if (Date.now() - started > 30_000) {
      await page.screenshot({path: path.join(SCREENSHOTS, 'studio-translation-menu-failed-1280.png')})
      throw new Error(`Choosing ${title} in the translation menu had no effect.`)
    }
    if (!(await option.isVisible())) await page.getByTestId('document-internationalization-menu').first().click()
    const clicked = await option.click({timeout: 2_000}).then(
      () => true,
      () => false,
    )
    // A click that landed may take a moment to show; clicking again could make a second translation.
    for (const until = Date.now() + (clicked ? 10_000 : 0); Date.now() < until && !(await done());) await page.waitForTimeout(250)
  }
}

if (!chromium.found && process.env.CI === 'true') throw new Error(`The Studio tests need a Chromium: ${chromium.reason}`)

describe.skipIf(!chromium.found)('translations in the Studio on the local Content Lake', () => {
  let loop: TestLoop
  let browser: Browser
  let page: Page
  const problems: string[] = []
  let spanishId = ''

  const dataset = () => {
    const running = loop.lake.running
    if (!running) throw new Error('The lake is not running.')
    return running.dataset
  }
  const metadataOf = async (id: string) =>
    dataset().query<Metadata | null>(
      '*[_type == "translation.metadata" && $id in translations[].value._ref][0]{_id, translations}',
      {id},
      'raw',
    )

  beforeAll(async () => {
    if (!chromium.found) return
    mkdirSync(SCREENSHOTS, {recursive: true})
    loop = await startTestLoop('studio-translation')
    // An English condition of its own, written through the lake's API, with a reviewer the starter has.
    const template = dataset().get('condition-depression')
    await dataset().commit(
      [
        {
          create: {
            _id: SOURCE_ID,
            _type: 'condition',
            language: 'en',
            title: 'Burnout (translation test)',
            slug: {_type: 'slug', current: 'burnout-translation-test'},
            summary: 'Feeling worn out by work or care for a long time. Help exists.',
            order: 90,
            signs: ['Tired all the time', 'Feeling far from people', 'Getting less done'],
            body: [
              {
                _type: 'block',
                _key: 'intro',
                style: 'normal',
                markDefs: [],
                children: [{_type: 'span', _key: 's', text: 'Burnout can be treated.', marks: []}],
              },
            ],
            medicalReview: template?.medicalReview,
          },
        },
      ],
      {author: 'test'},
    )
    browser = await launchChromium(chromium.path)
    page = await browser.newPage({viewport: {width: 1280, height: 900}})
    watchForProblems(page, problems)
  }, 300_000)

  afterAll(async () => {
    await browser?.close()
    await loop?.close()
  })

  it('keeps the nine desk items, with a level per language under each translatable one', async () => {
    await page.goto(`${loop.studioUrl}/structure/condition`)
    await page.getByRole('link', {name: 'Español', exact: true}).first().waitFor({timeout: 90_000})
    await page.getByRole('link', {name: 'English', exact: true}).first().click()
    await page
      .getByRole('link', {name: /Burnout \(translation test\)/})
      .first()
      .waitFor({timeout: 30_000})
    await page.screenshot({path: path.join(SCREENSHOTS, 'studio-language-level-1280.png')})
    expect(problems).toEqual([])
  }, 180_000)

  it('creates the Spanish translation of a condition through the translation menu and publishes it', async () => {
    await openDocument(page, loop.studioUrl, 'condition', SOURCE_ID, 'title')
    await chooseLanguage(page, 'Español', async () => (await metadataOf(SOURCE_ID))?.translations.length === 2)
    await page.getByText('Created "Español" translation').waitFor({timeout: 30_000})
    const metadata = await metadataOf(SOURCE_ID)
    spanishId = metadata?.translations.find((entry) => entry.language === 'es')?.value._ref ?? ''
    expect(spanishId).not.toBe('')
    expect(dataset().get(`drafts.${spanishId}`)?.language).toBe('es')

    // The editor opens the translation from the same menu, writes the Spanish title and slug.
    const panes = page.locator('[data-testid="document-pane"]')
    await chooseLanguage(page, 'Español', async () => (await panes.count()) === 2)
    const pane = page.locator('[data-testid="document-pane"]').last()
    await pane.locator('input#title').waitFor({timeout: 60_000})
    await pane.locator('input#title').fill(SPANISH_TITLE)
    await pane.locator('input#slug').fill(SPANISH_SLUG)
    await expect
      .poll(() => (dataset().get(`drafts.${spanishId}`)?.slug as {current?: string} | undefined)?.current, {timeout: 30_000})
      .toBe(SPANISH_SLUG)
    expect(dataset().get(`drafts.${spanishId}`)?.title).toBe(SPANISH_TITLE)
    // Until the Studio has validated the new slug it answers Publish with "Validation errors"; the
    // editor presses it again a moment later.
    for (let attempt = 1; !dataset().get(spanishId); attempt++) {
      if (attempt > 10) throw new Error('The Spanish translation was never published.')
      await publish(page, pane)
      await expect
        .poll(() => dataset().get(spanishId)?.title, {timeout: 5_000})
        .toBe(SPANISH_TITLE)
        .catch(() => undefined)
    }
    await page.screenshot({path: path.join(SCREENSHOTS, 'studio-translation-published-1280.png')})
    expect(dataset().get(spanishId)?.title).toBe(SPANISH_TITLE)

    const published = dataset().get(spanishId)
    expect(published?.language).toBe('es')
    expect((published?.slug as {current?: string} | undefined)?.current).toBe(SPANISH_SLUG)
    const linked = await metadataOf(spanishId)
    expect(linked?.translations.map((entry) => [entry.language, entry.value._ref])).toEqual([
      ['en', SOURCE_ID],
      ['es', spanishId],
    ])
    // Published, the Spanish document's link is a strong reference.
    expect(linked?.translations.find((entry) => entry.language === 'es')?.value._weak).toBeUndefined()
    expect(problems).toEqual([])
  }, 240_000)

  it('flags the translation, live, when its English source changes, with a badge and a banner', async () => {
    expect(spanishId).not.toBe('')
    await openDocument(page, loop.studioUrl, 'condition', spanishId, 'title')
    const banner = page.getByTestId('stale-translation-banner')
    expect(await banner.count()).toBe(0)
    await dataset().commit([{patch: {id: SOURCE_ID, set: {summary: 'Feeling worn out for a long time. Care helps.'}}}], {
      author: 'test',
    })
    await banner.waitFor({timeout: 30_000})
    await expect(banner.textContent()).resolves.toMatch(/The English version changed on .*publish it again/)
    await page.getByText('Source changed', {exact: true}).first().waitFor({timeout: 30_000})
    await page.screenshot({path: path.join(SCREENSHOTS, 'studio-stale-translation-1280.png')})
  }, 120_000)

  it('shows the Studio in Spanish to an editor who chooses it, and in English to everyone else', async () => {
    // Until now the Studio spoke English (the Publish action's test id is its English label).
    expect(await page.getByTestId('action-publish').count()).toBeGreaterThan(0)
    await page.evaluate(() => localStorage.setItem('sanity-locale:local:default', 'es-ES'))
    await openDocument(page, loop.studioUrl, 'condition', spanishId, 'title')
    // The Studio's own words in Spanish; the content and the schema's titles stay as written.
    await page.getByText('Publicar', {exact: true}).first().waitFor({timeout: 90_000})
    await page.getByText('Todos los campos', {exact: true}).first().waitFor({timeout: 30_000})
    // The stale flag speaks the editor's language too.
    await expect(page.getByTestId('stale-translation-banner').textContent()).resolves.toMatch(
      /^La versión en inglés cambió el .*vuelva a publicarla\.$/,
    )
    await page.getByText('Cambió el original', {exact: true}).first().waitFor({timeout: 30_000})
    await page.getByText('Resolviendo ubicaciones', {exact: false}).waitFor({state: 'hidden', timeout: 30_000})
    await page.screenshot({path: path.join(SCREENSHOTS, 'studio-spanish-1280.png')})
    await page.evaluate(() => localStorage.removeItem('sanity-locale:local:default'))
  }, 120_000)

  // Waits on the site's /es/ routes (the Spanish edition's site part).
  it('shows the published translation on the served site under /es/condiciones/', async () => {
    expect(spanishId).not.toBe('')
    await waitForSite(`${loop.siteUrl}/es/condiciones/${SPANISH_SLUG}/`, (html) => html.includes(SPANISH_TITLE), 120_000)
  }, 180_000)
})
