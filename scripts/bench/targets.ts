// The performance targets from the benchmark issue, checked against a run's results. Goals to
// report on, not assertions: a miss is written down with its cause and a proposal.
import {findBuild, ourCold, ratio, type BenchResults, type SizeResult} from './results.ts'

export interface TargetCheck {
  target: string
  /** The measured value, formatted; undefined when the run did not measure it. */
  value?: string
  met?: boolean
}

const GB = 1024 ** 3
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const sizeName = (size: SizeResult) =>
  size.label === 'starter' ? 'starter dataset' : `${size.documents.toLocaleString('en-US')} documents`

function sizeOf(results: BenchResults, label: string): SizeResult | undefined {
  return results.sizes.find((size) => size.label === label)
}

function coldWithin(results: BenchResults, label: string, limitMs: number): TargetCheck {
  const build = ourCold(sizeOf(results, label) ?? {label, documents: 0, builds: [], output: {}})
  const target = `${Number(label).toLocaleString('en-US')} documents, cold build ≤ ${limitMs / 1000} s`
  if (!build) return {target}
  if (!build.ok) return {target, value: build.failure, met: false}
  return {target, value: seconds(build.wallMs), met: build.wallMs <= limitMs}
}

function peerRatio(results: BenchResults, label: string, limit: number): TargetCheck {
  const size = sizeOf(results, label)
  const target = `${Number(label).toLocaleString('en-US')} documents, ≤ ${limit}× the peer`
  if (!size) return {target}
  const value = ratio(ourCold(size), findBuild(size, 'peer', 'cold'))
  return value === undefined
    ? {target, value: 'no ratio (a build failed)', met: false}
    : {target, value: `${value.toFixed(1)}×`, met: value <= limit}
}

export function checkTargets(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [coldWithin(results, '1000', 8000), coldWithin(results, '10000', 45_000)]

  const big = sizeOf(results, '10000')
  const memory = big?.builds.filter((build) => build.tool === 'ours').map((build) => build.peakRssBytes) ?? []
  checks.push({
    target: 'peak memory ≤ 1.5 GB at 10,000 documents',
    ...(memory.length > 0 ? {value: `${(Math.max(...memory) / GB).toFixed(2)} GB`, met: Math.max(...memory) <= 1.5 * GB} : {}),
  })
  checks.push(peerRatio(results, '1000', 2), peerRatio(results, '10000', 2.5))

  const small = sizeOf(results, '1000')
  const scaling = small && big ? ratio(ourCold(big), ourCold(small)) : undefined
  checks.push({
    target: 'T(10,000) / T(1,000) ≤ 8',
    ...(small && big
      ? {
          value: scaling === undefined ? 'no ratio (a build failed)' : scaling.toFixed(1),
          met: scaling !== undefined && scaling <= 8,
        }
      : {}),
  })

  const requests = big ? findBuild(big, 'ours', 'cold', 'sanity')?.requests : undefined
  checks.push({
    target: '≤ 10 content requests for 10,000 documents (cold, Sanity source)',
    ...(requests ? {value: String(requests.requests), met: requests.requests <= 10} : {}),
  })

  for (const size of results.sizes) {
    const cold = findBuild(size, 'ours', 'cold', 'sanity')
    const changed = findBuild(size, 'ours', 'one-change', 'sanity')
    const share = ratio(changed, cold)
    if (share !== undefined)
      checks.push({
        target: `${sizeName(size)}: one changed document ≤ 20% of cold (Sanity source)`,
        value: `${Math.round(share * 100)}%`,
        met: share <= 0.2,
      })
  }

  for (const size of results.sizes) {
    const output = size.output.ours
    if (!output) continue
    checks.push({
      target: `${sizeName(size)}: 0 bytes of JavaScript per content page`,
      value: `${output.js.raw} B`,
      met: output.js.raw === 0,
    })
    checks.push({
      target: `${sizeName(size)}: ≤ 20 KB gzip HTML+CSS per content page`,
      value: `${(output.htmlCssGzip / 1024).toFixed(1)} KB`,
      met: output.htmlCssGzip <= 20 * 1024,
    })
  }
  return checks
}
