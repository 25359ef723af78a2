// The build benchmark: for each dataset size, builds our site (cold, warm, one change; from the local
// lake and from the Sanity stand-in), the Eleventy peer and the plain-Astro floor on the same corpus, and reports.
//   npm run bench -- --sizes 100,1000,10000 [--quick] [--variant name] [--timeout 900]
//   npm run bench -- --report scripts/bench/results/<file>.json [--write-docs]   (the tables of a saved run)
//   npm run bench -- --loop [--sizes starter,1000] [--runs 5]   (publish to live through the local loop)
//   npm run bench -- --compare <variant> [--sizes 1000] [--pairs 2]   (the site against a variant, alternately)
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {buildFloor, buildPeer, type BuildContext} from './builders.ts'
import {benchDataset} from './corpus.ts'
import {updateDocs} from './docs.ts'
import {localFlow, sanityFlow} from './flows.ts'
import {pageStats} from './pageStats.ts'
import {fullReport} from './report.ts'
import type {BenchResults, Machine, SizeResult} from './results.ts'
import {copySite, REPO_ROOT, variantNames, variantPatchFile} from './siteCopy.ts'

export interface BenchOptions {
  /** "starter" (the starter dataset) or a corpus size. */
  sizes: string[]
  /** Cold builds only, local lake only: the smoke test's mode. */
  quick: boolean
  seed: number
  latencyMs: number
  timeoutMs: number
  workDir: string
  /** Where the results JSON goes; undefined writes none. */
  resultsDir?: string
  /** Where benchmarks.md and the chart go; undefined leaves the docs alone. */
  docsDir?: string
  /** Patches in scripts/bench/variants/ (names without .patch, joined by commas) applied to the site copy. */
  variant?: string
  /** Keep every build's output (they are large at 10,000 documents). */
  keep: boolean
  nodeOptions?: string
  log: (line: string) => void
}

function machine(): Machine {
  const cpus = os.cpus()
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: os.loadavg()[0] ?? 0,
  }
}

async function benchSize(label: string, siteDir: string, options: BenchOptions): Promise<SizeResult> {
  const dir = path.join(options.workDir, label)
  await rm(dir, {recursive: true, force: true})
  await mkdir(dir, {recursive: true})
  const {datasetDir, documents} = await benchDataset(label, options.seed, dir)
  const context: BuildContext = {logDir: path.join(dir, 'logs'), timeoutMs: options.timeoutMs, nodeOptions: options.nodeOptions}
  const flowOptions = {siteDir, workDir: dir, datasetDir, quick: options.quick, latencyMs: options.latencyMs, context}
  const result: SizeResult = {label, documents, builds: [], output: {}}
  const note = (what: string, build: {ok: boolean; wallMs: number; failure?: string}) =>
    options.log(`  ${label}: ${what} ${build.ok ? `${(build.wallMs / 1000).toFixed(1)} s` : `failed (${build.failure})`}`)

  const local = await localFlow(flowOptions)
  result.builds.push(...local.builds)
  for (const build of local.builds) note(`ours, local, ${build.kind}`, build)
  if (local.output) result.output.ours = local.output

  if (!options.quick) {
    const sanity = await sanityFlow(flowOptions)
    result.builds.push(...sanity.builds)
    for (const build of sanity.builds) note(`ours, Sanity, ${build.kind}`, build)
  }

  const peerOut = path.join(dir, 'peer-dist')
  const peer = await buildPeer(datasetDir, peerOut, context)
  result.builds.push(peer)
  note('peer', peer)
  if (peer.ok) result.output.peer = pageStats(peerOut)

  const floorOut = path.join(dir, 'floor-dist')
  const floor = await buildFloor(datasetDir, dir, floorOut, context)
  result.builds.push(floor)
  note('floor', floor)
  if (floor.ok) result.output.floor = pageStats(floorOut)

  if (!options.keep)
    for (const output of [
      'ours-local',
      'ours-sanity',
      'peer-dist',
      'floor-dist',
      'floor-public',
      'floor-data.json',
      'local-data',
    ])
      await rm(path.join(dir, output), {recursive: true, force: true})
  return result
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const variants = variantNames(options.variant)
  const siteDir = path.join(options.workDir, variants.length > 0 ? `site-${variants.join('+')}` : 'site')
  const {skipped} = await copySite(siteDir, variants.map(variantPatchFile))
  if (skipped.length > 0) options.log(`Already in the site, not applied again: ${skipped.join(', ')}`)
  // Named after the patches that changed something: one the site has taken is the site itself.
  const applied = variants.filter((name) => !skipped.includes(name))
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: machine(),
    ...(applied.length > 0 ? {variant: applied.join(',')} : {}),
    latencyMs: options.latencyMs,
    quick: options.quick,
    seed: options.seed,
    sizes: [],
  }
  const suffix = `${applied.length > 0 ? `-${applied.join('+')}` : ''}${options.quick ? '-quick' : ''}`
  const resultsFile = options.resultsDir ? path.join(options.resultsDir, `${results.date.slice(0, 10)}${suffix}.json`) : undefined
  for (const label of options.sizes) {
    options.log(`Size ${label}`)
    results.sizes.push(await benchSize(label, siteDir, options))
    // After every size, so a run that breaks at the largest still keeps the others.
    if (resultsFile) {
      await mkdir(path.dirname(resultsFile), {recursive: true})
      await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`)
    }
  }
  if (resultsFile && options.docsDir) await updateDocs(results, path.relative(REPO_ROOT, resultsFile), options.docsDir)
  return results
}

export function parseBenchArgs(args: string[]): BenchOptions {
  const {values} = parseArgs({
    args,
    allowNegative: true,
    options: {
      sizes: {type: 'string', default: '100,1000,10000'},
      quick: {type: 'boolean', default: false},
      seed: {type: 'string', default: '1'},
      latency: {type: 'string', default: '80'},
      timeout: {type: 'string', default: '900'},
      work: {type: 'string', default: path.join(import.meta.dirname, 'work')},
      results: {type: 'string', default: path.join(import.meta.dirname, 'results')},
      docs: {type: 'boolean', default: true},
      variant: {type: 'string'},
      keep: {type: 'boolean', default: false},
      'node-options': {type: 'string'},
    },
  })
  const sizes = values.sizes.split(',').map((size) => size.trim())
  for (const size of sizes)
    if (size !== 'starter' && !(Number.isInteger(Number(size)) && Number(size) > 0))
      throw new Error(`--sizes takes "starter" or whole numbers, separated by commas (got "${size}").`)
  return {
    sizes,
    quick: values.quick,
    seed: Number(values.seed),
    latencyMs: Number(values.latency),
    timeoutMs: Number(values.timeout) * 1000,
    workDir: path.resolve(values.work),
    resultsDir: path.resolve(values.results),
    // A quick or variant run is not the record of the site as it is: it leaves the docs alone.
    docsDir: values.docs && !values.quick && !values.variant ? path.join(REPO_ROOT, 'docs') : undefined,
    variant: values.variant,
    keep: values.keep,
    nodeOptions: values['node-options'],
    log: (line) => console.log(line),
  }
}

if (import.meta.main) {
  const args = process.argv.slice(2)
  const reportFile = args[0] === '--report' ? args[1] : undefined
  if (args[0] === '--compare') {
    const {values, positionals} = parseArgs({
      args: args.slice(1),
      allowPositionals: true,
      options: {
        sizes: {type: 'string', default: '1000'},
        pairs: {type: 'string', default: '2'},
        seed: {type: 'string', default: '1'},
        timeout: {type: 'string', default: '900'},
      },
    })
    const [variant] = positionals
    if (!variant) throw new Error('--compare takes the variant to build beside the site: npm run bench -- --compare <name>')
    const {runCompare, compareReport} = await import('./compare.ts')
    const results = await runCompare({
      variant,
      sizes: values.sizes.split(',').map((size) => size.trim()),
      pairs: Number(values.pairs),
      seed: Number(values.seed),
      timeoutMs: Number(values.timeout) * 1000,
      workDir: path.join(REPO_ROOT, 'scripts/bench/work'),
      resultsDir: path.join(REPO_ROOT, 'scripts/bench/results'),
      log: (line) => console.log(line),
    })
    console.log(`\n${compareReport(results)}`)
  } else if (args[0] === '--loop') {
    const {values} = parseArgs({
      args: args.slice(1),
      options: {sizes: {type: 'string', default: 'starter,1000'}, runs: {type: 'string', default: '5'}},
    })
    const {runLoopBench} = await import('./publishToLive.ts')
    await runLoopBench({
      sizes: values.sizes.split(',').map((size) => size.trim()),
      runs: Number(values.runs),
      workDir: path.join(REPO_ROOT, 'scripts/bench/work'),
      resultsDir: path.join(REPO_ROOT, 'scripts/bench/results'),
    })
    process.exit(0)
  } else if (reportFile) {
    // Prints the tables of a saved run again, e.g. a variant's, without building anything;
    // with --write-docs, also rewrites the generated section of docs/benchmarks.md from it.
    const results = JSON.parse(await readFile(reportFile, 'utf8')) as BenchResults
    console.log(fullReport(results))
    if (args.includes('--write-docs'))
      await updateDocs(results, path.relative(REPO_ROOT, path.resolve(reportFile)), path.join(REPO_ROOT, 'docs'))
  } else {
    const results = await runBench(parseBenchArgs(args))
    console.log(`\n${fullReport(results)}`)
  }
}
