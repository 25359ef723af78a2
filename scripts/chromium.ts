// Finds a Chromium for the browser checks (the Lighthouse audit, the browser tests): CHROME_PATH, or
// where Debian, Ubuntu and Google's packages put it. Imports nothing local, so scripts can use it
// under --experimental-strip-types.
import {existsSync, statSync} from 'node:fs'

/** Where Debian, Ubuntu and Google's packages put the browser, in the order we try them. */
const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
]

/** Headless, no sandbox (containers run as root), and none of the browser's own background traffic. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const NO_BROWSER_MESSAGE =
  'Browser tests skipped: no Chromium found. Install one (Debian: apt-get install chromium) or set CHROME_PATH.'

export type ChromiumSearch = {found: true; path: string} | {found: false; reason: string}

const isFile = (file: string) => existsSync(file) && statSync(file).isFile()

/**
 * CHROME_PATH when it is set (and then only it: a wrong CHROME_PATH is reported, not papered over
 * with another browser), else the first of the usual install paths that exists.
 */
export function findChromium(env: Record<string, string | undefined> = process.env): ChromiumSearch {
  const chosen = env.CHROME_PATH?.trim()
  if (chosen) {
    return isFile(chosen)
      ? {found: true, path: chosen}
      : {found: false, reason: `CHROME_PATH is set to ${chosen}, which is not a file.`}
  }
  const path = CHROMIUM_CANDIDATES.find(isFile)
  return path ? {found: true, path} : {found: false, reason: `None of ${CHROMIUM_CANDIDATES.join(', ')} exists.`}
}
