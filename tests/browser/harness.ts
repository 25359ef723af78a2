// What every browser test file needs: the shared build served on 127.0.0.1, one Chromium, and the
// rule for a machine without a browser (a failing test in CI, one notice and skipped tests elsewhere).
import {afterAll, beforeAll, it} from 'vitest'
import type {Browser, BrowserContext} from 'playwright-core'
import {findChromium, launchChromium, NO_BROWSER_MESSAGE} from '../support/browser'
import {startStaticServer, type StaticServer} from '../../scripts/serve/staticServer.ts'
import {htmlPages, noticeOnce, sharedSite} from './sharedSite'

export const chromiumSearch = findChromium()
export const hasChromium = chromiumSearch.found

export const VIEWPORTS = [
  {label: '1280px', width: 1280, height: 800},
  {label: '360px', width: 360, height: 740},
] as const
export type Viewport = (typeof VIEWPORTS)[number]

/** Call once at the top of a browser test file, next to `describe.skipIf(!hasChromium)`. */
export function explainMissingChromium() {
  if (chromiumSearch.found) return
  const reason = process.env.CHROME_PATH ? ` ${chromiumSearch.reason}` : ''
  if (process.env.CI === 'true') {
    it('runs the browser checks in CI, which needs a Chromium on the machine', () => {
      throw new Error(
        `No Chromium for the browser checks: ${chromiumSearch.reason} Install one (Debian: apt-get install chromium) ` +
          'or set CHROME_PATH to the browser executable.',
      )
    })
    return
  }
  noticeOnce('no-chromium', `*** ${NO_BROWSER_MESSAGE}${reason} ***`)
}

export interface BrowserSite {
  outDir: string
  origin: string
  browser: Browser
  pages: {file: string; urlPath: string}[]
  /** A fresh context at this viewport whose requests to other origins are recorded and never leave the machine. */
  newContext(viewport: Viewport): Promise<BrowserContext>
}

/** Builds (or reuses) the site, serves it and starts Chromium before the file's tests; stops both after. */
export function useBrowserSite(): () => BrowserSite {
  let site: BrowserSite | undefined
  let server: StaticServer | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    if (!chromiumSearch.found) return
    const outDir = await sharedSite()
    const running = await startStaticServer({root: outDir})
    server = running
    const started = await launchChromium(chromiumSearch.path)
    browser = started
    site = {
      outDir,
      origin: running.origin,
      browser: started,
      pages: htmlPages(outDir),
      async newContext(viewport) {
        const context = await started.newContext({viewport: {width: viewport.width, height: viewport.height}})
        await context.route(
          (url) => url.origin !== running.origin && url.protocol !== 'data:',
          (route) => route.abort('blockedbyclient'),
        )
        return context
      },
    }
  }, 300_000)
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  return () => {
    if (!site) throw new Error('The browser site is not ready: its beforeAll did not finish.')
    return site
  }
}
