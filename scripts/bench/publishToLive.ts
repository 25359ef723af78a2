// The editor's wait: from pressing Publish until the served site shows the change, through the
// whole local loop (lake, signed webhook, rebuild service, live switch). Publishing goes through
// the Actions API exactly as the Studio sends it. Also: how long `npm start` takes to be ready.
//   npm run bench -- --loop [--sizes starter,1000] [--runs 5]
import {mkdir, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {startLocalLoop} from '../localLoop.ts'
import {median} from '../median.ts'
import {freePort} from '../serve/freePort.ts'
import {generateCorpus, SEED_DIR, writeCorpus} from './corpus.ts'
import {REPO_ROOT} from './siteCopy.ts'

export interface LoopBenchResult {
  label: string
  /** Seconds from publish to the new title being served, each run. */
  publishToLive: number[]
  median: number
}

async function loopFor(workDir: string, seedDir: string, studio: 'dev' | 'none') {
  await rm(workDir, {recursive: true, force: true})
  await mkdir(workDir, {recursive: true})
  return startLocalLoop({
    root: REPO_ROOT,
    studio,
    preview: studio === 'dev',
    sitePort: 0,
    studioPort: await freePort(),
    webhookPort: await freePort(),
    intakePort: await freePort(),
    previewPort: await freePort(),
    workDir,
    intakeDataDir: path.join(workDir, 'intake'),
    env: {
      ...process.env,
      SEED_DIR: seedDir,
      LAKE_PORT: '0',
      LAKE_DATA_DIR: path.join(workDir, 'lake'),
      ASTRO_CACHE_DIR: path.join(workDir, 'cache'),
      SANITY_PROJECT_ID: '',
    },
    log: (line) => process.env.BENCH_LOOP_LOG && console.log(line),
  })
}

async function waitForPage(url: string, text: string, timeoutMs = 120_000): Promise<void> {
  const started = Date.now()
  let last = ''
  while (Date.now() - started < timeoutMs) {
    const response = await fetch(url).catch((error: unknown) => String(error))
    last =
      typeof response === 'string' ? response : `${response.status} ${/<h1[^>]*>([^<]*)/.exec(await response.text())?.[1] ?? ''}`
    if (last.includes(text)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${url} did not show "${text}" within ${timeoutMs / 1000} s; last answer: ${last}`)
}

/** Publishes `runs` title changes to one condition and times each until it is served. */
async function publishRuns(label: string, seedDir: string, workDir: string, runs: number): Promise<LoopBenchResult> {
  const loop = await loopFor(workDir, seedDir, 'none')
  try {
    const lake = loop.lake
    const headers = {'content-type': 'application/json', authorization: `Bearer ${lake.token}`}
    const query = encodeURIComponent(
      '*[_type == "condition" && defined(slug.current)] | order(_id asc)[0]{_id, "slug": slug.current}',
    )
    const found = (await (
      await fetch(`${lake.url}/v2025-02-19/data/query/${lake.dataset}?query=${query}&perspective=published`, {headers})
    ).json()) as {
      result: {_id: string; slug: string}
    }
    const {_id: id, slug} = found.result
    const times: number[] = []
    for (let run = 1; run <= runs; run++) {
      const title = `Benchmark title ${run} ${Date.now()}`
      const actions = [
        {actionType: 'sanity.action.document.edit', draftId: `drafts.${id}`, publishedId: id, patch: {set: {title}}},
        {actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id},
      ]
      const started = performance.now()
      const response = await fetch(`${lake.url}/v2025-02-19/data/actions/${lake.dataset}`, {
        method: 'POST',
        headers,
        body: JSON.stringify({actions}),
      })
      if (!response.ok) throw new Error(`Publishing failed: ${response.status} ${await response.text()}`)
      await waitForPage(`${loop.siteUrl}/conditions/${slug}/`, title)
      times.push((performance.now() - started) / 1000)
      console.log(`  ${label}: run ${run}: ${times.at(-1)?.toFixed(1)} s`)
    }
    return {label, publishToLive: times, median: median(times)}
  } finally {
    await loop.stop()
  }
}

export async function runLoopBench(options: {sizes: string[]; runs: number; workDir: string; resultsDir: string}) {
  const startupDir = path.join(options.workDir, 'loop-startup')
  const startedAt = performance.now()
  const loop = await loopFor(startupDir, SEED_DIR, 'dev')
  // Ready means both addresses answer.
  for (const url of [loop.studioUrl, loop.siteUrl])
    while (
      !(await fetch(url).then(
        (r) => r.ok,
        () => false,
      ))
    )
      await new Promise((r) => setTimeout(r, 200))
  const startupSeconds = (performance.now() - startedAt) / 1000
  await loop.stop()
  console.log(`  npm start ready (Studio and site answer): ${startupSeconds.toFixed(1)} s`)

  const results: LoopBenchResult[] = []
  for (const label of options.sizes) {
    let seedDir = SEED_DIR
    const dir = path.join(options.workDir, `loop-${label}`)
    if (label !== 'starter') {
      seedDir = path.join(options.workDir, `loop-corpus-${label}`)
      await rm(seedDir, {recursive: true, force: true})
      await writeCorpus(await generateCorpus(Number(label), 1), seedDir)
    }
    results.push(await publishRuns(label, seedDir, dir, options.runs))
  }
  const report = {date: new Date().toISOString(), startupSeconds, results}
  await mkdir(options.resultsDir, {recursive: true})
  const file = path.join(options.resultsDir, `${report.date.slice(0, 10)}-publish-to-live.json`)
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`)
  console.log('\n| dataset | publish to live, median of ' + options.runs + ' | runs (s) |\n| --- | ---: | --- |')
  for (const result of results)
    console.log(
      `| ${result.label} | ${result.median.toFixed(1)} s | ${result.publishToLive.map((s) => s.toFixed(1)).join(', ')} |`,
    )
  console.log(`\nnpm start ready: ${startupSeconds.toFixed(1)} s. Saved ${path.relative(REPO_ROOT, file)}`)
  return report
}
