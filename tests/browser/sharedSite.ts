// The built site the browser suites look at: built once per run and shared between test files
// through the run folder from globalSetup (the first file to ask builds it, the others wait for it).
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {inject} from 'vitest'
import {buildSite, listFiles} from '../support/build'
import {SHARED_SITE_FILE, type SharedSiteRecord} from './globalSetup'

/** A public address that is not the test server's, so absolute links to the site itself can be told apart. */
export const SITE_URL = 'https://clinic.example.com'

const BUILD_WAIT_MS = 280_000

let building: Promise<string> | undefined

async function buildAndRecord(record: string): Promise<string> {
  try {
    const {outDir} = await buildSite({SITE_URL})
    writeFileSync(record, JSON.stringify({outDir} satisfies SharedSiteRecord))
    return outDir
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    writeFileSync(record, JSON.stringify({error: message} satisfies SharedSiteRecord))
    throw error
  }
}

async function waitForRecord(record: string): Promise<string> {
  const deadline = Date.now() + BUILD_WAIT_MS
  while (Date.now() < deadline) {
    let text = ''
    try {
      text = readFileSync(record, 'utf8')
    } catch {
      await sleep(200)
      continue
    }
    const built = JSON.parse(text) as SharedSiteRecord
    if ('error' in built) throw new Error(`The shared site build failed in another test file:\n${built.error}`)
    return built.outDir
  }
  throw new Error(`Waited ${BUILD_WAIT_MS / 1000} s for another test file to build the site.`)
}

/** The folder of the built site (dist), building it if no other test file of this run has. */
export function sharedSite(): Promise<string> {
  building ??= (async () => {
    const runDir = inject('browserRunDir')
    // Without the globalSetup (a different config), each file builds its own copy.
    if (!runDir) return (await buildSite({SITE_URL})).outDir
    const record = path.join(runDir, SHARED_SITE_FILE)
    try {
      mkdirSync(path.join(runDir, 'build.lock'))
    } catch {
      return waitForRecord(record)
    }
    return buildAndRecord(record)
  })()
  return building
}

/** Every HTML file of the build with the URL path it is served at ("/", "/conditions/", "/404.html"). */
export function htmlPages(outDir: string): {file: string; urlPath: string}[] {
  return listFiles(outDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const posix = file.split(path.sep).join('/')
      return {file, urlPath: `/${posix.replace(/(^|\/)index\.html$/, '$1')}`}
    })
}

/** Prints a line once per run, however many test files ask (falls back to once per file). */
export function noticeOnce(key: string, line: string) {
  const runDir = inject('browserRunDir')
  if (runDir) {
    try {
      mkdirSync(path.join(runDir, `notice-${key}`))
    } catch {
      return
    }
  }
  console.warn(line)
}
