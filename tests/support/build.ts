// Builds the site into a temporary folder (with its own Astro cache, so builds can run side by
// side) and reads what a visitor would get.
import {execFile} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {promisify} from 'node:util'
import {parse, type HTMLElement} from 'node-html-parser'
import {DEFAULT_LANGUAGE, isLanguage, type Language} from '../../schemas/lib/languages'
import {OFFLINE_ENV, ROOT} from './paths'

const run = promisify(execFile)
const BUILDS_DIR = path.join(ROOT, 'test-results/builds')

export interface BuildResult {
  outDir: string
  log: string
}

export class BuildFailed extends Error {
  constructor(readonly log: string) {
    super(`astro build failed:\n${log}`)
  }
}

/** A folder for builds that share one output folder and cache, as a site's successive builds do. */
export function buildWorkDir(): string {
  // Inside the project: Astro puts its server build beside an output folder within the working
  // directory, and in one shared .astro/ folder otherwise, where parallel builds would collide.
  mkdirSync(BUILDS_DIR, {recursive: true})
  return mkdtempSync(path.join(BUILDS_DIR, 'site-build-'))
}

/** Builds into `<work>/dist` with the cache in `<work>/cache`; a new folder unless `work` is given. */
export async function buildSite(env: Record<string, string> = {}, work = buildWorkDir()): Promise<BuildResult> {
  const outDir = path.join(work, 'dist')
  try {
    const {stdout, stderr} = await run(path.join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
      cwd: ROOT,
      env: {...OFFLINE_ENV, ASTRO_CACHE_DIR: path.join(work, 'cache'), SANITY_PROJECT_ID: '', CONTENT_SOURCE: '', ...env},
      maxBuffer: 64 * 1024 * 1024,
    })
    return {outDir, log: stdout + stderr}
  } catch (error) {
    const failure = error as {stdout?: string; stderr?: string}
    throw new BuildFailed(`${failure.stdout ?? ''}${failure.stderr ?? ''}`)
  }
}

/** Every file below `dir`, as paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

/** The language a page's address puts it in: `/es/...` is Spanish, every other page the default language's. */
export function languageOfPage(urlPath: string): Language {
  const first = urlPath.split('/')[1]
  return isLanguage(first) ? first : DEFAULT_LANGUAGE
}

export interface BuiltPage {
  /** URL path, e.g. "/conditions/depression/". */
  path: string
  html: string
  dom: HTMLElement
}

export function readPages(outDir: string): BuiltPage[] {
  return listFiles(outDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(path.join(outDir, file), 'utf8')
      const urlPath = `/${file.replace(/index\.html$/, '').replace(/\.html$/, '/')}`.replace(/\/+$/, '/')
      return {path: urlPath === '' ? '/' : urlPath, html, dom: parse(html)}
    })
}
