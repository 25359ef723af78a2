// `npm run bench -- --compare <variant>`: the report a developer reads after building the site and a
// variant alternately. Each pair's ratio comes from the two builds of that pair, a failed build
// shows why and counts in no median, and the median is taken over the pairs.
import {describe, expect, it} from 'vitest'
import {compareReport, type ComparedBuild, type CompareResults} from '../scripts/bench/compare.ts'
import type {BuildKind} from '../scripts/bench/results.ts'

const MB = 1024 ** 2

function built(pair: number, side: 'site' | 'variant', kind: BuildKind, seconds: number | 'oom'): ComparedBuild {
  return {
    size: '1000',
    documents: 1000,
    pair,
    side,
    load: 1.5,
    build: {
      tool: 'ours',
      source: 'local',
      kind,
      ok: seconds !== 'oom',
      ...(seconds === 'oom' ? {failure: 'out of memory'} : {}),
      wallMs: seconds === 'oom' ? 0 : seconds * 1000,
      peakRssBytes: 900 * MB,
      pages: 1000,
    },
  }
}

const results: CompareResults = {
  date: '2026-12-01T03:00:00.000Z',
  variant: 'lake-in-build-thread',
  cpus: 2,
  seed: 1,
  builds: [
    built(1, 'site', 'one-change', 10),
    built(1, 'variant', 'one-change', 30),
    built(2, 'variant', 'one-change', 20),
    built(2, 'site', 'one-change', 10),
    built(3, 'site', 'one-change', 10),
    built(3, 'variant', 'one-change', 'oom'),
    built(1, 'site', 'cold', 40),
    built(1, 'variant', 'cold', 20),
  ],
}

const rowsOf = (report: string) => report.split('\n').filter((line) => line.startsWith('| 1000 |'))

describe('the side-by-side report', () => {
  const report = compareReport(results)

  it('gives each pair the ratio of its own two builds', () => {
    const pairRows = rowsOf(report).filter((row) => row.split('|').length > 7)
    expect(pairRows).toContain('| 1000 | one-change | 1 | 10.0 s | 30.0 s | 3.00 | 900 / 900 MB | 1.5 / 1.5 |')
    expect(pairRows).toContain('| 1000 | one-change | 2 | 10.0 s | 20.0 s | 2.00 | 900 / 900 MB | 1.5 / 1.5 |')
    expect(pairRows).toContain('| 1000 | cold | 1 | 40.0 s | 20.0 s | 0.50 | 900 / 900 MB | 1.5 / 1.5 |')
  })

  it('shows why a build failed and leaves its pair out of the median', () => {
    expect(rowsOf(report)).toContain('| 1000 | one-change | 3 | 10.0 s | ✗ out of memory | – | 900 / 900 MB | 1.5 / 1.5 |')
    // The median of 3.00 and 2.00, over the two pairs that both built.
    expect(rowsOf(report)).toContain('| 1000 | one-change | 2 | 2.50 |')
    expect(rowsOf(report)).toContain('| 1000 | cold | 1 | 0.50 |')
  })
})
