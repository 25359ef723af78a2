// Markdown tables of a run's results, for stdout and for docs/benchmarks.md.
import {findBuild, ourCold, ratio, type BenchResults, type BuildMeasurement, type Source} from './results.ts'
import {checkTargets} from './targets.ts'

const MB = 1024 ** 2

export function formatMs(ms: number | undefined): string {
  if (ms === undefined) return '–'
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`
}

/** A build's wall time, or why it failed. */
export function buildTime(build: BuildMeasurement | undefined): string {
  if (!build) return '–'
  return build.ok ? formatMs(build.wallMs) : `✗ ${build.failure ?? 'failed'}`
}

function memory(build: BuildMeasurement | undefined): string {
  return build && build.peakRssBytes > 0 ? `${Math.round(build.peakRssBytes / MB)} MB` : '–'
}

function times(value: number | undefined): string {
  return value === undefined ? '–' : `${value.toFixed(1)}×`
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}

export function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')
}

const documents = (n: number) => n.toLocaleString('en-US')

export function coldTable(results: BenchResults): string {
  return table(
    [
      'documents',
      'pages',
      'ours (local lake)',
      'ms/page',
      'peak RSS',
      'ours (Sanity)',
      'peak RSS',
      'peer (Eleventy)',
      'floor (Astro)',
      'ours / peer',
      'ours / floor',
    ],
    results.sizes.map((size) => {
      const local = findBuild(size, 'ours', 'cold', 'local')
      const sanity = findBuild(size, 'ours', 'cold', 'sanity')
      const peer = findBuild(size, 'peer', 'cold')
      const floor = findBuild(size, 'floor', 'cold')
      const ours = ourCold(size)
      return [
        size.label === 'starter' ? `starter (${size.documents})` : documents(size.documents),
        String(ours?.pages || peer?.pages || 0),
        buildTime(local),
        local?.msPerPage?.toFixed(1) ?? '–',
        memory(local),
        buildTime(sanity),
        memory(sanity),
        buildTime(peer),
        buildTime(floor),
        times(ratio(ours, peer)),
        times(ratio(ours, floor)),
      ]
    }),
  )
}

/** Astro's total after rendering: the build:done hooks of integrations (sitemap, media copy, ...). */
function afterRender(build: BuildMeasurement): number | undefined {
  const {syncMs, bundleMs, renderMs, totalMs} = build.phases ?? {}
  if (syncMs === undefined || bundleMs === undefined || renderMs === undefined || totalMs === undefined) return undefined
  return Math.max(0, totalMs - syncMs - bundleMs - renderMs)
}

export function phaseTable(results: BenchResults): string {
  const rows: string[][] = []
  for (const size of results.sizes)
    for (const build of size.builds.filter((candidate) => candidate.tool !== 'peer' && candidate.phases))
      rows.push([
        size.label,
        build.tool === 'ours' ? `ours (${build.source}) ${build.kind}` : 'floor cold',
        buildTime(build),
        formatMs(build.phases?.syncMs),
        formatMs(build.phases?.contentSyncMs),
        formatMs(build.phases?.bundleMs),
        formatMs(build.phases?.renderMs),
        formatMs(afterRender(build)),
        build.peakRssAtMs === undefined ? memory(build) : `${memory(build)} at ${formatMs(build.peakRssAtMs)}`,
      ])
  return table(
    [
      'documents',
      'build',
      'wall',
      'setup + content sync',
      'of which content sync',
      'bundle',
      'render pages',
      'after rendering',
      'peak RSS',
    ],
    rows,
  )
}

function incrementalRows(results: BenchResults, source: Source): string[][] {
  return results.sizes.flatMap((size) => {
    const cold = findBuild(size, 'ours', 'cold', source)
    const warm = findBuild(size, 'ours', 'warm', source)
    const changed = findBuild(size, 'ours', 'one-change', source)
    if (!warm && !changed) return []
    const requests = [cold, warm, changed].map((build) => (build?.requests ? String(build.requests.requests) : '–')).join(' / ')
    const fetched = [cold, warm, changed].map((build) => (build?.requests ? String(build.requests.documents) : '–')).join(' / ')
    const evaluation = [cold, warm, changed]
      .map((build) =>
        build?.requests?.evaluationMs === undefined ? '–' : `${(build.requests.evaluationMs / 1000).toFixed(1)} s`,
      )
      .join(' / ')
    const share = ratio(changed, cold)
    return [
      [
        size.label === 'starter' ? `starter (${size.documents})` : documents(size.documents),
        buildTime(cold),
        buildTime(warm),
        buildTime(changed),
        share === undefined ? '–' : `${Math.round(share * 100)}%`,
        ...(source === 'sanity' ? [requests, fetched, evaluation] : []),
        changed?.incremental?.length ? changed.incremental.join(', ') : 'none',
      ],
    ]
  })
}

export function incrementalTable(results: BenchResults, source: Source): string {
  const header = ['documents', 'cold', 'warm, no change', 'warm, one change', 'one change / cold']
  if (source === 'sanity')
    header.push(
      'requests (cold / warm / change)',
      'documents fetched (cold / warm / change)',
      'stand-in query time (cold / warm / change)',
    )
  header.push('collections synced incrementally')
  return table(header, incrementalRows(results, source))
}

export function outputTable(results: BenchResults): string {
  const rows: string[][] = []
  for (const size of results.sizes)
    for (const tool of ['ours', 'peer', 'floor'] as const) {
      const output = size.output[tool]
      if (!output) continue
      rows.push([
        size.label,
        tool,
        String(output.contentPages),
        `${kb(output.html.raw)} / ${kb(output.html.gzip)}`,
        `${kb(output.css.raw)} / ${kb(output.css.gzip)}`,
        `${output.js.raw} B`,
        kb(output.htmlCssGzip),
      ])
    }
  return table(['documents', 'site', 'content pages', 'HTML raw / gzip', 'CSS raw / gzip (inline)', 'JS', 'HTML+CSS gzip'], rows)
}

export function targetTable(results: BenchResults): string {
  return table(
    ['target', 'measured', 'result'],
    checkTargets(results).map((check) => [
      check.target,
      check.value ?? 'not measured',
      check.met === undefined ? '–' : check.met ? 'met' : '**missed**',
    ]),
  )
}

export function machineLine(results: BenchResults): string {
  const {machine} = results
  return `${machine.cpus} × ${machine.cpuModel}, ${(machine.memoryBytes / 1024 ** 3).toFixed(1)} GB memory, Node ${machine.node} on ${machine.platform}; 1-minute load average ${machine.loadAverage.toFixed(2)} at the start`
}

/** Everything, as printed at the end of a run. */
export function fullReport(results: BenchResults): string {
  return [
    `Benchmark ${results.date}${results.variant ? ` (variant: ${results.variant})` : ''}`,
    machineLine(results),
    '',
    'Cold builds',
    coldTable(results),
    '',
    'Where our time goes',
    phaseTable(results),
    ...(results.quick
      ? []
      : [
          '',
          'Incremental builds, Sanity source (stand-in)',
          incrementalTable(results, 'sanity'),
          '',
          'Incremental builds, local lake',
          incrementalTable(results, 'local'),
        ]),
    '',
    'Per content page',
    outputTable(results),
    '',
    'Targets',
    targetTable(results),
  ].join('\n')
}
