// The shape of a bench run's results: what is written to scripts/bench/results/<date>.json and read back
// to render tables, the chart and docs/benchmarks.md.
import type {AstroPhases} from './astroPhases.ts'
import type {PageStats} from './pageStats.ts'
import type {RequestCounts} from './standIn.ts'

export type Tool = 'ours' | 'peer' | 'floor'
export type Source = 'local' | 'sanity'
export type BuildKind = 'cold' | 'warm' | 'one-change'

export interface BuildMeasurement {
  tool: Tool
  /** Our site only: the content source it built from. */
  source?: Source
  kind: BuildKind
  ok: boolean
  /** Why a build failed: "out of memory", "timed out after 900 s", "exit code 1". */
  failure?: string
  wallMs: number
  peakRssBytes: number
  /** When the peak was seen, in ms after the build started. */
  peakRssAtMs?: number
  /** HTML files in the output. */
  pages: number
  msPerPage?: number
  /** Astro builds: time per phase, read from the build's log. */
  phases?: Omit<AstroPhases, 'syncModes'>
  /** Collections that synced incrementally (the rest synced fully). */
  incremental?: string[]
  /** Sanity source only: what the build asked the Content Lake stand-in for. */
  requests?: RequestCounts
}

export interface SizeResult {
  /** "starter" for the starter dataset, else the generated corpus size. */
  label: string
  documents: number
  builds: BuildMeasurement[]
  /** Per content page downloads, from each tool's cold build. */
  output: Partial<Record<Tool, PageStats>>
}

export interface Machine {
  cpus: number
  cpuModel: string
  memoryBytes: number
  node: string
  platform: string
  /** 1-minute load average when the run started: how busy the machine was. */
  loadAverage: number
}

export interface BenchResults {
  date: string
  machine: Machine
  /** A patch from scripts/bench/variants/ applied to the site for this run, if any. */
  variant?: string
  latencyMs: number
  quick: boolean
  seed: number
  sizes: SizeResult[]
}

export function findBuild(size: SizeResult, tool: Tool, kind: BuildKind, source?: Source): BuildMeasurement | undefined {
  return size.builds.find(
    (build) => build.tool === tool && build.kind === kind && (source === undefined || build.source === source),
  )
}

/** Our cold build for comparisons: from the local lake (over the files the peer and floor read), else Sanity. */
export function ourCold(size: SizeResult): BuildMeasurement | undefined {
  return findBuild(size, 'ours', 'cold', 'local') ?? findBuild(size, 'ours', 'cold', 'sanity')
}

/** `a / b` when both builds succeeded. */
export function ratio(a: BuildMeasurement | undefined, b: BuildMeasurement | undefined): number | undefined {
  if (!a?.ok || !b?.ok || b.wallMs <= 0) return undefined
  return a.wallMs / b.wallMs
}
