// Runs once per `vitest run`, before any test file: gives the browser suites one folder to share, so
// the first suite that needs the built site builds it and the others reuse that build. Nothing is
// built here, so a run of the unit tests alone costs nothing.
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {TestProject} from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder that lives as long as the run; the shared build and its lock live in it. */
    browserRunDir: string
  }
}

/** In the run folder: what the first suite's build produced, for the others and for teardown. */
export const SHARED_SITE_FILE = 'site.json'
export type SharedSiteRecord = {outDir: string} | {error: string}

export default function setup(project: TestProject) {
  const runDir = mkdtempSync(path.join(tmpdir(), 'browser-run-'))
  project.provide('browserRunDir', runDir)
  return () => {
    const record = path.join(runDir, SHARED_SITE_FILE)
    if (existsSync(record)) {
      const built = JSON.parse(readFileSync(record, 'utf8')) as SharedSiteRecord
      if ('outDir' in built) rmSync(path.dirname(built.outDir), {recursive: true, force: true})
    }
    rmSync(runDir, {recursive: true, force: true})
  }
}
