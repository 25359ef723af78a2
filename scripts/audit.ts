// Lighthouse (its default mobile run) over the key pages of the site, served on 127.0.0.1. Prints the
// four category scores per page and exits 1 when accessibility, best practices or SEO is below 100,
// or performance below 98. Reports land in test-results/lighthouse/.
//
//   npm run audit                 build the site for the audit and check it
//   npm run audit -- --no-build   check dist/ as it is (its canonical URLs point wherever it was built for)
//   npm run audit -- --runs 3     run each page three times and keep the median scores
import {execFile} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs, promisify} from 'node:util'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import {SAMPLE_ROBOTS_COMMENT} from '../site/lib/seo/robotsTxt.ts'
import {median} from './median.ts'
import {CHROMIUM_FLAGS, findChromium, NO_BROWSER_MESSAGE} from './chromium.ts'
import {resolveFile, startStaticServer} from './serve/staticServer.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const REPORT_DIR = path.join(ROOT, 'test-results/lighthouse')

/** The pages a visitor is most likely to land on, one of each kind, and the Spanish edition's first ones. */
const PAGES = [
  '/',
  '/programs/intensive-outpatient-program/',
  '/conditions/depression/',
  '/therapies/dialectical-behavior-therapy/',
  '/get-help/',
  '/es/',
  '/es/condiciones/depresion/',
  '/es/ayuda/',
]

const CATEGORIES = [
  {id: 'performance', label: 'performance', minimum: 98},
  {id: 'accessibility', label: 'accessibility', minimum: 100},
  {id: 'best-practices', label: 'best practices', minimum: 100},
  {id: 'seo', label: 'SEO', minimum: 100},
] as const
type CategoryId = (typeof CATEGORIES)[number]['id']

interface PageResult {
  page: string
  scores: Record<CategoryId, number>
  /** Audits that cost points, per category, for the pages that fall short. */
  lost: Record<CategoryId, string[]>
  report: string
}

const run = promisify(execFile)

async function build(outDir: string, siteUrl: string) {
  const started = performance.now()
  console.log(`Building the site for ${siteUrl} ...`)
  try {
    await run(path.join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
      cwd: ROOT,
      env: {
        ...process.env,
        SITE_URL: siteUrl,
        ASTRO_CACHE_DIR: path.join(path.dirname(outDir), 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        DO_NOT_TRACK: '1',
      },
      maxBuffer: 64 * 1024 * 1024,
    })
  } catch (error) {
    const failure = error as {stdout?: string; stderr?: string}
    throw new Error(`astro build failed:\n${failure.stdout ?? ''}${failure.stderr ?? ''}`)
  }
  console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s.`)
}

/** Up to three rows of an audit's details (URL, message or element), so a shortfall says where. */
function detailsOf(details: unknown): string[] {
  const items = (details as {items?: unknown} | undefined)?.items
  if (!Array.isArray(items)) return []
  return items.slice(0, 3).map((item: Record<string, unknown>) => {
    const node = item.node as {snippet?: string} | undefined
    const source = item.sourceLocation as {url?: string} | undefined
    const text = [item.description, item.url ?? source?.url, node?.snippet].filter((part) => typeof part === 'string' && part)
    return text.join(' ').slice(0, 200)
  })
}

/**
 * Each run gets a fresh Chromium (and profile), as a first visit would: in a reused browser the second
 * run of a page finds the favicon, cache and connections left by the first, which hides problems.
 */
async function audit(url: string, chromePath: string, runs: number, skipAudits: string[]): Promise<PageResult> {
  const samples: PageResult[] = []
  for (let attempt = 0; attempt < runs; attempt++) {
    const chrome = await chromeLauncher.launch({chromePath, chromeFlags: CHROMIUM_FLAGS, logLevel: 'error'})
    let result: Awaited<ReturnType<typeof lighthouse>>
    try {
      result = await lighthouse(url, {
        port: chrome.port,
        output: 'html',
        logLevel: 'error',
        onlyCategories: CATEGORIES.map((category) => category.id),
        skipAudits,
      })
    } finally {
      chrome.kill()
    }
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    const {lhr} = result
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`)
    const scores = {} as Record<CategoryId, number>
    const lost = {} as Record<CategoryId, string[]>
    for (const {id} of CATEGORIES) {
      const category = lhr.categories[id]
      scores[id] = Math.round((category?.score ?? 0) * 100)
      lost[id] = (category?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((item) => item !== undefined && item.score !== null && item.score < 1)
        .map(
          (item) =>
            `${item?.id}: ${item?.title} (${item?.displayValue ?? `score ${item?.score}`})` +
            detailsOf(item?.details)
              .map((detail) => `\n        ${detail}`)
              .join(''),
        )
    }
    samples.push({page: new URL(url).pathname, scores, lost, report: String(result.report)})
  }
  // Performance varies from run to run, so its median counts; the other categories should not vary,
  // so the worst run counts there, and a problem seen once is not averaged away.
  const scores = {} as Record<CategoryId, number>
  for (const {id} of CATEGORIES) {
    const values = samples.map((sample) => sample.scores[id])
    scores[id] = id === 'performance' ? median(values) : Math.min(...values)
  }
  // The report and findings of the run that shows the worst of those scores.
  const chosen =
    samples.find((sample) =>
      CATEGORIES.some(({id}) => id !== 'performance' && sample.scores[id] === scores[id] && scores[id] < 100),
    ) ??
    samples.find((sample) => sample.scores.performance === scores.performance) ??
    samples[0]
  if (!chosen) throw new Error(`no Lighthouse run for ${url}`)
  return {...chosen, scores}
}

function table(results: PageResult[]): string {
  const width = Math.max(4, ...results.map((result) => result.page.length))
  const header = ['page'.padEnd(width), ...CATEGORIES.map((category) => category.label.padStart(category.label.length))].join(
    '  ',
  )
  const rows = results.map((result) =>
    [
      result.page.padEnd(width),
      ...CATEGORIES.map((category) => String(result.scores[category.id]).padStart(category.label.length)),
    ].join('  '),
  )
  return [header, '-'.repeat(header.length), ...rows].join('\n')
}

async function main(): Promise<number> {
  const {values} = parseArgs({
    options: {
      'no-build': {type: 'boolean', default: false},
      runs: {type: 'string', default: '1'},
    },
  })
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number of 1 or more.')
  const chromium = findChromium()
  if (!chromium.found)
    throw new Error(`${NO_BROWSER_MESSAGE.replace('Browser tests skipped', 'Cannot audit')} ${chromium.reason}`)

  const work = values['no-build'] ? undefined : mkdtempSync(path.join(tmpdir(), 'site-audit-'))
  const root = work ? path.join(work, 'dist') : path.join(ROOT, 'dist')
  if (!work && !existsSync(path.join(root, 'index.html'))) throw new Error('dist/ has no index.html: run `npm run build` first.')
  // The server takes its port first, so the audited build can name its own origin in canonical URLs.
  const server = await startStaticServer({root})
  try {
    if (work) await build(root, server.origin)
    else console.log('Auditing dist/ as built: canonical URLs point to the SITE_URL it was built for, not to this server.')
    for (const page of PAGES)
      if (!(await resolveFile(root, page))) throw new Error(`The build has no page at ${page}; update PAGES in scripts/audit.ts.`)

    // Sample content asks not to be indexed on purpose; every other SEO audit still counts.
    const sample = readFileSync(path.join(root, 'robots.txt'), 'utf8').startsWith(SAMPLE_ROBOTS_COMMENT)
    if (sample) console.log('The site shows sample content (noindex on purpose): the "is-crawlable" SEO audit is skipped.')
    const skipAudits = sample ? ['is-crawlable'] : []

    mkdirSync(REPORT_DIR, {recursive: true})
    const results: PageResult[] = []
    for (const page of PAGES) {
      process.stdout.write(`Lighthouse ${page} ...`)
      const result = await audit(`${server.origin}${page}`, chromium.path, runs, skipAudits)
      const name = page === '/' ? 'home' : page.replace(/^\/|\/$/g, '').replace(/\//g, '--')
      writeFileSync(path.join(REPORT_DIR, `${name}.html`), result.report)
      results.push(result)
      process.stdout.write(' done\n')
    }

    const how = runs > 1 ? `(${runs} runs a page: median performance, worst of the rest) ` : ''
    console.log(`\nLighthouse ${how}mobile scores, ${new Date().toISOString().slice(0, 10)}:\n`)
    console.log(table(results))
    console.log(`\nReports: ${path.relative(ROOT, REPORT_DIR)}/`)

    const shortfalls = results.flatMap((result) =>
      CATEGORIES.filter((category) => result.scores[category.id] < category.minimum).map(
        (category) =>
          `${result.page}: ${category.label} ${result.scores[category.id]} < ${category.minimum}` +
          result.lost[category.id].map((audit) => `\n    - ${audit}`).join(''),
      ),
    )
    if (shortfalls.length === 0) {
      console.log('Every page meets the bar: performance >= 98, accessibility, best practices and SEO 100.')
      return 0
    }
    console.error(`\nBelow the bar:\n${shortfalls.map((line) => `  ${line}`).join('\n')}`)
    return 1
  } finally {
    await server.close()
    if (work) rmSync(work, {recursive: true, force: true})
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
