// One measured build of each contender: our site (astro build of the site copy), the Eleventy
// peer and the plain-Astro floor. Each returns a measurement; logs go to the work folder.
import {existsSync} from 'node:fs'
import {cp, mkdir, readdir, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {loadSiteData} from './peer/siteData.mjs'
import {astroPhases} from './astroPhases.ts'
import {buildEnv} from './buildEnv.ts'
import type {BuildKind, BuildMeasurement, Source, Tool} from './results.ts'
import {runMeasured, type MeasuredRun} from './runMeasured.ts'
import {REPO_ROOT} from './siteCopy.ts'

const ASTRO_CLI = path.join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs')
export const PEER_BUILD = path.join(import.meta.dirname, 'peer/build.mjs')
export const FLOOR_ROOT = path.join(import.meta.dirname, 'floor')

export interface BuildContext {
  /** Where logs of this size's builds go. */
  logDir: string
  timeoutMs: number
  /** Extra NODE_OPTIONS for every build, e.g. "--cpu-prof --cpu-prof-dir=..." when profiling. */
  nodeOptions?: string
}

async function countHtml(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length
}

function failureOf(run: MeasuredRun, timeoutMs: number): string | undefined {
  if (run.ok) return undefined
  if (run.timedOut) return `timed out after ${Math.round(timeoutMs / 1000)} s`
  if (run.outOfMemory) return 'out of memory'
  return run.signal ? `killed by ${run.signal}` : `exit code ${run.exitCode}`
}

async function measurement(
  run: MeasuredRun,
  context: BuildContext,
  what: {tool: Tool; kind: BuildKind; source?: Source; outDir: string; astro: boolean},
): Promise<BuildMeasurement> {
  const name = [what.tool, what.source, what.kind].filter(Boolean).join('-')
  await mkdir(context.logDir, {recursive: true})
  await writeFile(path.join(context.logDir, `${name}.log`), run.log)
  const pages = run.ok ? await countHtml(what.outDir) : 0
  const phases = what.astro ? astroPhases(run.log) : undefined
  const failure = failureOf(run, context.timeoutMs)
  return {
    tool: what.tool,
    ...(what.source ? {source: what.source} : {}),
    kind: what.kind,
    ok: run.ok,
    ...(failure ? {failure} : {}),
    wallMs: run.wallMs,
    peakRssBytes: run.peakRssBytes,
    peakRssAtMs: run.peakRssAtMs,
    pages,
    ...(pages > 0 ? {msPerPage: Math.round((run.wallMs / pages) * 100) / 100} : {}),
    ...(phases
      ? {
          phases: {
            syncMs: phases.syncMs,
            contentSyncMs: phases.contentSyncMs,
            bundleMs: phases.bundleMs,
            renderMs: phases.renderMs,
            totalMs: phases.totalMs,
          },
          incremental: Object.entries(phases.syncModes)
            .filter(([, mode]) => mode === 'incremental')
            .map(([collection]) => collection),
        }
      : {}),
  }
}

const withNodeOptions = (context: BuildContext): Record<string, string> =>
  context.nodeOptions ? {NODE_OPTIONS: context.nodeOptions} : {}

export interface OurBuild {
  siteDir: string
  outDir: string
  cacheDir: string
  source: Source
  kind: BuildKind
  /** Content source settings: SEED_DIR, or the Sanity project and API host. */
  env: Record<string, string>
}

export async function buildOurs(build: OurBuild, context: BuildContext): Promise<BuildMeasurement> {
  const run = await runMeasured(process.execPath, [ASTRO_CLI, 'build', '--outDir', build.outDir], {
    cwd: build.siteDir,
    env: buildEnv({ASTRO_CACHE_DIR: build.cacheDir, ...build.env, ...withNodeOptions(context)}),
    timeoutMs: context.timeoutMs,
  })
  return measurement(run, context, {tool: 'ours', kind: build.kind, source: build.source, outDir: build.outDir, astro: true})
}

export async function buildPeer(datasetDir: string, outDir: string, context: BuildContext): Promise<BuildMeasurement> {
  await rm(outDir, {recursive: true, force: true})
  const run = await runMeasured(process.execPath, [PEER_BUILD, '--data', datasetDir, '--out', outDir], {
    cwd: REPO_ROOT,
    env: buildEnv(withNodeOptions(context)),
    timeoutMs: context.timeoutMs,
  })
  return measurement(run, context, {tool: 'peer', kind: 'cold', outDir, astro: false})
}

/**
 * The floor reads one JSON file of resolved content; writing it (and copying the images to serve)
 * is preparation, not part of the measured build.
 */
export async function buildFloor(datasetDir: string, workDir: string, outDir: string, context: BuildContext) {
  const dataFile = path.join(workDir, 'floor-data.json')
  const publicDir = path.join(workDir, 'floor-public')
  const cacheDir = path.join(workDir, 'floor-cache')
  await writeFile(dataFile, JSON.stringify(loadSiteData(datasetDir)))
  await rm(publicDir, {recursive: true, force: true})
  await cp(path.join(datasetDir, 'images'), path.join(publicDir, 'media'), {recursive: true})
  for (const dir of [outDir, cacheDir, path.join(FLOOR_ROOT, 'node_modules'), path.join(FLOOR_ROOT, '.astro')])
    await rm(dir, {recursive: true, force: true})
  const run = await runMeasured(process.execPath, [ASTRO_CLI, 'build', '--outDir', outDir], {
    cwd: FLOOR_ROOT,
    env: buildEnv({FLOOR_DATA: dataFile, FLOOR_PUBLIC_DIR: publicDir, FLOOR_CACHE_DIR: cacheDir, ...withNodeOptions(context)}),
    timeoutMs: context.timeoutMs,
  })
  return measurement(run, context, {tool: 'floor', kind: 'cold', outDir, astro: true})
}
