// The whole local loop for a browser test: a fresh lake over the starter dataset, the built Studio,
// the rebuild service, the intake receiver and the served site, all on free ports, all in folders
// of their own; and helpers that act as an editor would in the Studio.
import {mkdirSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Locator, Page} from 'playwright-core'
import {startLocalLoop, type RunningLoop} from '../../scripts/localLoop.ts'
import {freePort} from '../../scripts/serve/freePort.ts'
import {OFFLINE_ENV, ROOT} from '../support/paths'

export interface TestLoop extends RunningLoop {
  logs: string[]
  close(): Promise<void>
}

/** `name` keeps the folders of two suites running at once apart. */
export async function startTestLoop(name = 'studio-loop'): Promise<TestLoop> {
  // Builds run inside the repository, as the other build tests do (Astro's own cache folder).
  const workDir = path.join(ROOT, 'test-results', `${name}-${process.pid}`)
  rmSync(workDir, {recursive: true, force: true})
  mkdirSync(workDir, {recursive: true})
  const dataDir = mkdtempSync(path.join(tmpdir(), `${name}-`))
  const logs: string[] = []
  const loop = await startLocalLoop({
    root: ROOT,
    studio: 'built',
    sitePort: 0,
    webhookPort: await freePort(),
    intakePort: await freePort(),
    previewPort: await freePort(),
    workDir,
    intakeDataDir: path.join(dataDir, 'intake'),
    env: {
      ...OFFLINE_ENV,
      LAKE_PORT: '0',
      LAKE_DATA_DIR: path.join(dataDir, 'lake'),
      ASTRO_CACHE_DIR: path.join(workDir, 'cache'),
      SANITY_PROJECT_ID: '',
      SANITY_STUDIO_PROJECT_ID: '',
    },
    log: (line) => logs.push(line),
  })
  return {
    ...loop,
    logs,
    async close() {
      await loop.stop()
      rmSync(dataDir, {recursive: true, force: true})
    },
  }
}

/** Opens a document in the Studio's desk and waits until its form can be edited. */
export async function openDocument(page: Page, studioUrl: string, type: string, id: string, firstField: string) {
  await page.goto(`${studioUrl}/structure/${type};${id}`)
  await page.locator(`input#${firstField}`).first().waitFor({timeout: 90_000})
}

/**
 * Presses Publish once the Studio allows it (the edit must be saved as a draft first), in `within`:
 * the page, or one pane when two documents are open side by side.
 */
export async function publish(page: Page, within: Page | Locator = page, timeoutMs = 60_000) {
  const button = within.getByTestId('action-publish').first()
  const started = Date.now()
  for (;;) {
    const ready =
      (await button.isVisible()) && (await button.getAttribute('data-disabled')) !== 'true' && (await button.isEnabled())
    if (ready) break
    if (Date.now() - started > timeoutMs) throw new Error(`Publish stayed disabled for ${timeoutMs / 1000} s.`)
    await page.waitForTimeout(250)
  }
  await button.click()
}

/** Fetches a page of the served site until `test` passes; returns the seconds it took. */
export async function waitForSite(url: string, test: (html: string) => boolean, timeoutMs = 120_000): Promise<number> {
  const started = Date.now()
  for (;;) {
    const response = await fetch(url).catch(() => undefined)
    if (response?.ok && test(await response.text())) return (Date.now() - started) / 1000
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not change within ${timeoutMs / 1000} s.`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/**
 * Requests the Studio makes to sanity.io's own services, which fail offline whatever the lake does:
 * the Presentation bridge script, the Inter font, the version check, feedback intake.
 */
const KNOWN_OFFLINE = [
  /^https:\/\/core\.sanity-cdn\.com\//,
  /^https:\/\/design-system-static\.sanity\.io\//,
  /^https:\/\/sanity-cdn\.com\//,
  /^https:\/\/api\.sanity\.io\//,
]
/** The console lines those failures cause, and a React warning from Sanity's own UI kit. */
const KNOWN_CONSOLE = [
  /ERR_NAME_NOT_RESOLVED/,
  /Failed to fetch version for package/,
  /styled-components: it looks like an unknown prop/,
]

/** Records into `problems` console errors, failed requests and error answers that are not known offline ones. */
export function watchForProblems(watched: Page, problems: string[]) {
  watched.on('console', (message) => {
    if (message.type() === 'error' && !KNOWN_CONSOLE.some((known) => known.test(message.text())))
      problems.push(`console: ${message.text()}`)
  })
  watched.on('requestfailed', (request) => {
    if (!KNOWN_OFFLINE.some((known) => known.test(request.url())) && request.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`)
  })
  watched.on('response', (response) => {
    if (response.status() >= 400 && !KNOWN_OFFLINE.some((known) => known.test(response.url())))
      problems.push(`${response.status()}: ${response.url()}`)
  })
}
