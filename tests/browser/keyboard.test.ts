// Uses the site with the keyboard alone, as someone who cannot use a mouse would: the skip link,
// the phone number, the phone-sized menu, and a visible focus indicator on everything that takes focus.
import type {Page} from 'playwright-core'
import {describe, expect, it} from 'vitest'
import {explainMissingChromium, hasChromium, useBrowserSite, VIEWPORTS, type Viewport} from './harness'

/** Tab presses allowed before the clinic's phone link must have focus. */
const PHONE_WITHIN_TABS = 8
/** Ends a walk through the page if focus never comes back to the start (a focus trap, say). */
const MAX_TABS = 400
const MENU = 'header nav details'
const SMALL = VIEWPORTS.find((viewport) => viewport.width === 360) ?? VIEWPORTS[1]

interface Focused {
  /** A CSS path that names the element, for failure messages and to notice when focus wraps around. */
  path: string
  html: string
  outline: string
  boxShadow: string
  indicated: boolean
}

/**
 * What has focus now, and whether its computed style shows it: an outline of 2px or more, or a box
 * shadow, on the element itself or (the "whole card is the link" pattern) on a close ancestor that
 * gains it because of the focus, which is checked by blurring the element for a moment.
 */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!(element instanceof HTMLElement) || element === document.body) return null
    const segments: string[] = []
    for (let node: Element | null = element; node && node !== document.documentElement; node = node.parentElement) {
      const current: Element = node
      const siblings = current.parentElement ? [...current.parentElement.children] : [current]
      const index = siblings.filter((child) => child.tagName === current.tagName).indexOf(current) + 1
      const tag = current.tagName.toLowerCase()
      segments.unshift(current.id ? `${tag}#${current.id}` : `${tag}:nth-of-type(${index})`)
      if (current.id) break
    }
    const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color)
    const look = (target: Element) => {
      const style = getComputedStyle(target)
      const outlined =
        style.outlineStyle !== 'none' && (Number.parseFloat(style.outlineWidth) || 0) >= 2 && !transparent(style.outlineColor)
      const shadowed = style.boxShadow !== 'none' && style.boxShadow !== ''
      return {
        shows: outlined || shadowed,
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        boxShadow: style.boxShadow,
      }
    }
    const own = look(element)
    let indicated = own.shows
    if (!indicated) {
      const ancestors: Element[] = []
      for (let node = element.parentElement; node && ancestors.length < 4; node = node.parentElement) ancestors.push(node)
      const during = ancestors.map(look)
      element.blur()
      const before = ancestors.map(look)
      element.focus()
      indicated = during.some(
        (now, index) => now.shows && (now.outline !== before[index]?.outline || now.boxShadow !== before[index]?.boxShadow),
      )
    }
    return {
      path: segments.join(' > '),
      html: element.outerHTML.replace(/\s+data-astro-cid-\w+(="[^"]*")?/g, '').slice(0, 140),
      outline: own.outline,
      boxShadow: own.boxShadow,
      indicated,
    }
  })
}

async function tab(page: Page, shift = false): Promise<Focused | null> {
  await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab')
  return focused(page)
}

/** Every stop that Tab makes, from the top of the page until focus leaves the page or comes round again. */
async function tabThrough(page: Page): Promise<Focused[]> {
  const stops: Focused[] = []
  for (let press = 0; press < MAX_TABS; press++) {
    const stop = await tab(page)
    if (!stop || stop.path === stops[0]?.path) return stops
    stops.push(stop)
  }
  throw new Error(`Focus never left ${page.url()} after ${MAX_TABS} Tab presses; the last stop was ${stops.at(-1)?.path}`)
}

/** Presses Tab until `matches` is true for the focused element; returns how many presses, or null. */
async function tabUntil(page: Page, selector: string, limit: number): Promise<number | null> {
  for (let press = 1; press <= limit; press++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return press
  }
  return null
}

const activeIsIn = (page: Page, selector: string) =>
  page.evaluate((container) => Boolean(document.activeElement?.closest(container)), selector)

explainMissingChromium()

describe.skipIf(!hasChromium)('the site used with the keyboard alone', () => {
  const site = useBrowserSite()

  async function open(viewport: Viewport, urlPath: string): Promise<Page> {
    const context = await site().newContext(viewport)
    const page = await context.newPage()
    await page.goto(`${site().origin}${urlPath}`, {waitUntil: 'load'})
    return page
  }

  async function withPage<T>(viewport: Viewport, urlPath: string, use: (page: Page) => Promise<T>): Promise<T> {
    const page = await open(viewport, urlPath)
    try {
      return await use(page)
    } finally {
      await page.context().close()
    }
  }

  for (const viewport of VIEWPORTS) {
    describe(`at ${viewport.label}`, () => {
      it('focuses a visible skip link first, and the skip link moves focus to the main content', async () => {
        await withPage(viewport, '/', async (page) => {
          const first = await tab(page)
          expect(first?.html, 'the first Tab stop').toMatch(/^<a [^>]*href="#main"/)
          const shown = await page.evaluate(() => {
            const link = document.activeElement
            if (!link) return 'nothing has focus'
            const box = link.getBoundingClientRect()
            if (box.width < 1 || box.height < 1) return `it is ${box.width}x${box.height}px`
            if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth)
              return `it sits at ${Math.round(box.left)},${Math.round(box.top)}, outside the window`
            const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
            if (!hit || !(hit === link || link.contains(hit))) return `it is covered by ${hit?.outerHTML.slice(0, 80)}`
            return 'visible'
          })
          expect(shown, 'the focused skip link').toBe('visible')
          await page.keyboard.press('Enter')
          await expect.poll(() => page.evaluate(() => document.activeElement?.id), {timeout: 2_000}).toBe('main')
          const next = await tab(page)
          expect(await activeIsIn(page, '#main'), `Tab after the skip link goes into main, not to ${next?.path}`).toBe(true)
        })
      })

      it(`reaches the clinic's phone link in the header within ${PHONE_WITHIN_TABS} Tab presses`, async () => {
        await withPage(viewport, '/', async (page) => {
          const presses = await tabUntil(page, 'header a[href^="tel:"]', PHONE_WITHIN_TABS)
          expect(presses, `the header phone link after ${PHONE_WITHIN_TABS} presses`).not.toBeNull()
        })
      })

      for (const urlPath of ['/', '/get-help/']) {
        it(`shows where focus is on every element Tab reaches on ${urlPath}`, async () => {
          await withPage(viewport, urlPath, async (page) => {
            const stops = await tabThrough(page)
            expect(stops.length, 'Tab stops on the page').toBeGreaterThan(10)
            const unmarked = stops
              .filter((stop) => !stop.indicated)
              .map((stop) => `${stop.path}: outline ${stop.outline}, box-shadow ${stop.boxShadow} — ${stop.html}`)
            expect(unmarked, `${urlPath} at ${viewport.label}: focus is not visible on`).toEqual([])
          })
        })
      }
    })
  }

  describe('at 360px, the navigation menu', () => {
    it('opens with Enter or Space on its summary, closes the same way, and its links take focus only while open', async () => {
      await withPage(SMALL, '/', async (page) => {
        const menu = page.locator(MENU)
        const links = await page.locator(`${MENU} a`).count()
        expect(links, 'links in the menu').toBeGreaterThan(2)
        expect(await tabUntil(page, `${MENU} > summary`, 12), 'Tab presses to the Menu button').not.toBeNull()
        expect(await menu.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false)

        // Closed: the next Tab skips the links.
        await tab(page)
        expect(await activeIsIn(page, `${MENU} ul`), 'a link of the closed menu took focus').toBe(false)
        await tab(page, true)
        expect(await page.evaluate((wanted) => document.activeElement?.matches(wanted), `${MENU} > summary`)).toBe(true)

        for (const key of ['Enter', 'Space'] as const) {
          await page.keyboard.press(key)
          expect(await menu.evaluate((details) => (details as HTMLDetailsElement).open), `${key} opens the menu`).toBe(true)
          expect(await page.locator(`${MENU} a`).first().isVisible(), 'the first link shows').toBe(true)
          for (let link = 0; link < links; link++) {
            await tab(page)
            expect(await activeIsIn(page, `${MENU} ul`), `link ${link + 1} of ${links} of the open menu takes focus`).toBe(true)
          }
          for (let link = 0; link < links; link++) await tab(page, true)
          expect(await page.evaluate((wanted) => document.activeElement?.matches(wanted), `${MENU} > summary`)).toBe(true)
          await page.keyboard.press(key)
          expect(await menu.evaluate((details) => (details as HTMLDetailsElement).open), `${key} closes the menu`).toBe(false)
          expect(await page.locator(`${MENU} a`).first().isVisible(), 'the first link hides').toBe(false)
        }
      })
    })
  })

  describe('at 1280px, the navigation', () => {
    it('shows its links without a menu button and lets Tab reach every one', async () => {
      const wide = VIEWPORTS.find((viewport) => viewport.width === 1280) ?? VIEWPORTS[0]
      await withPage(wide, '/', async (page) => {
        const navLinks = await page.locator('header nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
        expect(navLinks.length).toBeGreaterThan(2)
        expect(await page.locator(`${MENU} > summary`).isVisible(), 'the Menu button shows').toBe(false)
        const reached = new Set<string | null>()
        for (let press = 0; press < 30; press++) {
          await page.keyboard.press('Tab')
          const active = await page.evaluate(() => {
            const element = document.activeElement
            return element?.closest('header nav') ? element.getAttribute('href') : undefined
          })
          if (active !== undefined) reached.add(active)
        }
        expect(navLinks.filter((href) => !reached.has(href))).toEqual([])
      })
    })
  })
})
