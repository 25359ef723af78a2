// Side by side: the site as it is against a variant of it (patches in scripts/bench/variants/),
// built alternately on one corpus, so both see the same load on a noisy machine. Each pair builds
// both from the local lake (cold, warm, one hand edit of data.ndjson) in an order drawn at random.
//   npm run bench -- --compare lake-in-build-thread --sizes 10000 [--pairs 2]
import {mkdir, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {benchDataset} from './corpus.ts'
import {localFlow} from './flows.ts'
import {createRandom} from './random.ts'
import {buildTime, formatMs, table} from './report.ts'
import type {BuildKind, BuildMeasurement} from './results.ts'
import {copySite, variantNames, variantPatchFile} from './siteCopy.ts'
import {median} from '../median.ts'

export interface CompareOptions {
  /** Patches in scripts/bench/variants/ (names without .patch, joined by commas). */
  variant: string
  sizes: string[]
  pairs: number
  seed: number
  timeoutMs: number
  workDir: string
  /** Where the results JSON goes; undefined writes none. */
  resultsDir?: string
  log: (line: string) => void
}

type Side = 'site' | 'variant'

export interface ComparedBuild {
  size: string
  documents: number
  pair: number
  side: Side
  /** The 1-minute load average when this side's builds started. */
  load: number
  build: BuildMeasurement
}

export interface CompareResults {
  date: string
  variant: string
  cpus: number
  seed: number
  builds: ComparedBuild[]
}

const MB = 1024 ** 2

export async function runCompare(options: CompareOptions): Promise<CompareResults> {
  const names = variantNames(options.variant)
  const sites: Record<Side, string> = {
    site: path.join(options.workDir, 'site'),
    variant: path.join(options.workDir, `site-${names.join('+')}`),
  }
  await copySite(sites.site)
  const {skipped} = await copySite(sites.variant, names.map(variantPatchFile))
  if (skipped.length > 0) throw new Error(`The site already has ${skipped.join(', ')}: there is nothing to compare.`)

  const results: CompareResults = {
    date: new Date().toISOString(),
    variant: names.join(','),
    cpus: os.cpus().length,
    seed: options.seed,
    builds: [],
  }
  const random = createRandom(options.seed)
  for (const size of options.sizes) {
    const dir = path.join(options.workDir, `compare-${size}`)
    await rm(dir, {recursive: true, force: true})
    await mkdir(dir, {recursive: true})
    const {datasetDir, documents} = await benchDataset(size, options.seed, dir)
    for (let pair = 1; pair <= options.pairs; pair++) {
      const order: Side[] = random.chance(0.5) ? ['site', 'variant'] : ['variant', 'site']
      for (const side of order) {
        const workDir = path.join(dir, side)
        const load = os.loadavg()[0] ?? 0
        const flow = await localFlow({
          siteDir: sites[side],
          workDir,
          datasetDir,
          quick: false,
          latencyMs: 0,
          context: {logDir: path.join(workDir, 'logs'), timeoutMs: options.timeoutMs},
        })
        for (const build of flow.builds) {
          results.builds.push({size, documents, pair, side, load, build})
          options.log(
            `  ${size}, pair ${pair}, ${side}: ${build.kind} ${build.ok ? formatMs(build.wallMs) : `failed (${build.failure})`}`,
          )
        }
      }
    }
  }
  if (options.resultsDir) {
    await mkdir(options.resultsDir, {recursive: true})
    const file = path.join(options.resultsDir, `${results.date.slice(0, 10)}-compare-${names.join('+')}.json`)
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`)
    options.log(`Saved ${path.relative(process.cwd(), file)}`)
  }
  return results
}

const KINDS: BuildKind[] = ['cold', 'warm', 'one-change']

/** One row per size, kind and pair (variant against site), then the median ratio of each size and kind. */
export function compareReport(results: CompareResults): string {
  const find = (size: string, pair: number, side: Side, kind: BuildKind) =>
    results.builds.find((entry) => entry.size === size && entry.pair === pair && entry.side === side && entry.build.kind === kind)
  const rows: string[][] = []
  const medians: string[][] = []
  for (const size of [...new Set(results.builds.map((entry) => entry.size))]) {
    const pairs = [...new Set(results.builds.filter((entry) => entry.size === size).map((entry) => entry.pair))]
    for (const kind of KINDS) {
      const ratios: number[] = []
      for (const pair of pairs) {
        const site = find(size, pair, 'site', kind)
        const variant = find(size, pair, 'variant', kind)
        if (!site || !variant) continue
        const ratio = site.build.ok && variant.build.ok ? variant.build.wallMs / site.build.wallMs : undefined
        if (ratio !== undefined) ratios.push(ratio)
        rows.push([
          size,
          kind,
          String(pair),
          buildTime(site.build),
          buildTime(variant.build),
          ratio === undefined ? '–' : ratio.toFixed(2),
          `${Math.round(site.build.peakRssBytes / MB)} / ${Math.round(variant.build.peakRssBytes / MB)} MB`,
          `${site.load.toFixed(1)} / ${variant.load.toFixed(1)}`,
        ])
      }
      if (ratios.length > 0) medians.push([size, kind, String(ratios.length), median(ratios).toFixed(2)])
    }
  }
  return [
    `Variant: ${results.variant} (seed ${results.seed}, ${results.cpus} CPUs, ${results.date})`,
    '',
    table(['documents', 'build', 'pair', 'site', 'variant', 'variant / site', 'peak RSS site / variant', 'load (1 min)'], rows),
    '',
    table(['documents', 'build', 'pairs', 'median variant / site'], medians),
  ].join('\n')
}
