// Opens every built page in Chromium at a desktop and a phone width, once, and checks what a visitor
// would meet there: WCAG 2.2 AA (axe-core), no sideways scrolling, help within reach on the first
// screen, nothing loaded from elsewhere, no errors. Key pages are saved as screenshots for review.
import {mkdirSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {AxeResults, RunOptions} from 'axe-core'
import type {BrowserContext} from 'playwright-core'
import {beforeAll, describe, expect, it} from 'vitest'
import {CRISIS_DEFAULTS, SPANISH_CRISIS_LINE} from '../../schemas/lib/crisisLine'
import {mapPool} from '../support/browser'
import {ROOT} from '../support/paths'
import {explainMissingChromium, hasChromium, useBrowserSite, VIEWPORTS, type Viewport} from './harness'

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const AXE_OPTIONS: RunOptions = {
  runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
  rules: {'target-size': {enabled: true}},
  resultTypes: ['violations'],
}
const SCREENSHOT_DIR = path.join(ROOT, 'test-results/screenshots')
/** The pages a reviewer looks at first, by the name their screenshots get. */
const SCREENSHOT_PAGES: Record<string, string> = {
  '/': 'home',
  '/programs/intensive-outpatient-program/': 'program-iop',
  '/conditions/depression/': 'condition-depression',
  '/therapies/dialectical-behavior-therapy/': 'therapy-dbt',
  '/get-help/': 'get-help',
  '/accreditations/': 'accreditations',
  '/es/': 'es-home',
  '/es/condiciones/depresion/': 'es-condition-depression',
  '/es/ayuda/': 'es-get-help',
}
/** Pages open at once in the one browser: enough to overlap waiting, few enough for two cores. */
const POOL_SIZE = 4

interface FirstScreenCheck {
  what: string
  selector: string
}
/** What must be on the first screen: the same checks in every language, with the chat in that language. */
const firstScreen = (urlPath: string): FirstScreenCheck[] => {
  const chat = urlPath.startsWith('/es/') ? SPANISH_CRISIS_LINE.chatUrl : CRISIS_DEFAULTS.chatUrl
  return [
    {what: 'the crisis call link (tel:988)', selector: 'a[href="tel:988"]'},
    {what: `the crisis chat link (${chat})`, selector: `a[href^="${new URL(chat).origin}"]`},
    {what: "the clinic's phone link in the header", selector: 'header a[href^="tel:"]'},
  ]
}

interface Visit {
  urlPath: string
  viewport: Viewport
  status: number | undefined
  axe: {id: string; impact: string; help: string; target: string}[]
  scrollWidth: number
  innerWidth: number
  offScreen: string[]
  foreignRequests: string[]
  errors: string[]
  brokenNumbers: string[]
  screenshot?: string
}

const where = (visit: Visit) => `${visit.urlPath} at ${visit.viewport.label}`

async function visit(context: BrowserContext, origin: string, urlPath: string, viewport: Viewport): Promise<Visit> {
  const page = await context.newPage()
  const foreignRequests: string[] = []
  const errors: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol !== 'data:' && url.origin !== origin) foreignRequests.push(request.url())
  })
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()} (${message.location().url})`)
  })
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`))
  page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).origin === origin)
      errors.push(`${response.status()} for ${response.url()}`)
  })
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).origin === origin) errors.push(`failed to load ${request.url()}: ${request.failure()?.errorText}`)
  })
  try {
    const response = await page.goto(`${origin}${urlPath}`, {waitUntil: 'load'})
    await page.evaluate(() => document.fonts.ready.then(() => undefined))

    const layout = await page.evaluate(
      ({checks, height}) => {
        const scroller = document.scrollingElement ?? document.documentElement
        const offScreen: string[] = []
        for (const {what, selector} of checks) {
          const element = document.querySelector(selector)
          if (!element) {
            offScreen.push(`${what} is missing`)
            continue
          }
          const box = element.getBoundingClientRect()
          const visible =
            box.width > 0 && box.height > 0 && element.checkVisibility({opacityProperty: true, visibilityProperty: true})
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
          if (!visible) offScreen.push(`${what} is hidden`)
          else if (box.top < 0 || box.bottom > height)
            offScreen.push(`${what} ends at ${Math.round(box.bottom)}px, below ${height}px`)
          else if (!hit || !(element === hit || element.contains(hit))) offScreen.push(`${what} is covered by another element`)
        }
        // A phone number that wraps onto two lines is hard to read and to dial.
        const brokenNumbers: string[] = []
        for (const link of document.querySelectorAll('a[href^="tel:"]')) {
          if (!link.checkVisibility()) continue
          const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT)
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? ''
            for (const match of text.matchAll(/\+?\(?\d[\d\s().\u2011-]*\d/g)) {
              const range = document.createRange()
              range.setStart(node, match.index)
              range.setEnd(node, match.index + match[0].length)
              const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom)))
              if (lines.size > 1) brokenNumbers.push(`"${match[0]}" in ${link.outerHTML.slice(0, 120)}`)
            }
          }
        }
        return {scrollWidth: scroller.scrollWidth, innerWidth: window.innerWidth, offScreen, brokenNumbers}
      },
      {checks: firstScreen(urlPath), height: viewport.height},
    )

    // Load the lazy images too: so that a broken one below the fold is an error here, and so that
    // full-page screenshots show them.
    await page.evaluate(() => {
      for (const image of document.querySelectorAll('img[loading="lazy"]')) image.setAttribute('loading', 'eager')
    })
    await page.waitForFunction(() => [...document.images].every((image) => image.complete), undefined, {timeout: 10_000})

    let screenshot: string | undefined
    const name = SCREENSHOT_PAGES[urlPath]
    if (name) {
      screenshot = path.join(SCREENSHOT_DIR, `${name}-${viewport.width}.png`)
      await page.screenshot({path: screenshot, fullPage: true})
    }

    await page.addScriptTag({path: AXE_SCRIPT})
    const axe = await page.evaluate(async (options) => {
      const runner = (window as unknown as {axe: {run(context: Document, options: RunOptions): Promise<AxeResults>}}).axe
      const results = await runner.run(document, options)
      return results.violations.flatMap((violation) =>
        violation.nodes.map((node) => ({
          id: violation.id,
          impact: violation.impact ?? 'unknown',
          help: violation.help,
          target: node.target.map(String).join(' '),
        })),
      )
    }, AXE_OPTIONS)

    return {urlPath, viewport, status: response?.status(), axe, foreignRequests, errors, screenshot, ...layout}
  } finally {
    await page.close()
  }
}

explainMissingChromium()

describe.skipIf(!hasChromium)('every page of the built site in Chromium', () => {
  const site = useBrowserSite()
  let visits: Visit[] = []

  beforeAll(async () => {
    const {origin, pages, newContext} = site()
    mkdirSync(SCREENSHOT_DIR, {recursive: true})
    const contexts = await Promise.all(VIEWPORTS.map((viewport) => newContext(viewport)))
    const jobs = VIEWPORTS.flatMap((viewport, index) => pages.map((page) => ({viewport, page, context: contexts[index]})))
    try {
      visits = await mapPool(jobs, POOL_SIZE, ({viewport, page, context}) => {
        if (!context) throw new Error(`no browser context for ${viewport.label}`)
        return visit(context, origin, page.urlPath, viewport)
      })
    } finally {
      await Promise.all(contexts.map((context) => context.close()))
    }
  }, 240_000)

  it('visits every HTML file of the build at both widths, and each answers 200', () => {
    expect(visits.length).toBe(site().pages.length * VIEWPORTS.length)
    expect(site().pages.length).toBeGreaterThan(10)
    expect(visits.filter((entry) => entry.status !== 200).map((entry) => `${where(entry)}: HTTP ${entry.status}`)).toEqual([])
  })

  it('has no WCAG 2.2 A/AA violations that axe-core finds (target size included), at 1280 and 360 px', () => {
    const violations = visits.flatMap((entry) =>
      entry.axe.map((found) => `${where(entry)}: ${found.id} (${found.impact}) at ${found.target}: ${found.help}`),
    )
    expect(violations, `axe-core found ${violations.length} violation(s):\n${violations.join('\n')}`).toEqual([])
  })

  it('never scrolls sideways on a 360 px wide screen', () => {
    const wide = visits
      .filter((entry) => entry.viewport.width === 360)
      .filter((entry) => entry.scrollWidth > Math.min(entry.innerWidth, entry.viewport.width))
      .map((entry) => `${where(entry)}: content is ${entry.scrollWidth}px wide in a ${entry.innerWidth}px window`)
    expect(wide).toEqual([])
  })

  it('shows the crisis line and the clinic phone link on the first screen of every page at both widths', () => {
    const problems = visits.flatMap((entry) => entry.offScreen.map((problem) => `${where(entry)}: ${problem}`))
    expect(problems).toEqual([])
  })

  it('never breaks a phone number in a call link across two lines', () => {
    const broken = visits.flatMap((entry) => entry.brokenNumbers.map((number) => `${where(entry)}: ${number}`))
    expect(broken).toEqual([])
  })

  it('asks nothing of any other origin', () => {
    const foreign = visits.flatMap((entry) => entry.foreignRequests.map((url) => `${where(entry)}: ${url}`))
    expect(foreign).toEqual([])
  })

  it('logs no console errors, throws no page errors and loads every file it asks for', () => {
    const errors = visits.flatMap((entry) => entry.errors.map((error) => `${where(entry)}: ${error}`))
    expect(errors).toEqual([])
  })

  it('saves full-page screenshots of the key pages at both widths for a reviewer', () => {
    const saved = visits.flatMap((entry) => (entry.screenshot ? [path.relative(ROOT, entry.screenshot)] : []))
    const expected = Object.values(SCREENSHOT_PAGES).flatMap((name) =>
      VIEWPORTS.map((viewport) => `test-results/screenshots/${name}-${viewport.width}.png`),
    )
    expect(saved.sort()).toEqual(expected.sort())
  })
})
