// What a rebuild reports, whichever way it runs (a command here, or a host's build hook).

export type BuildResult = 'success' | 'failed' | 'smoke-failed' | 'abandoned'

export interface DeployOutcome {
  result: 'success' | 'failed' | 'abandoned'
  error?: string
}

export interface BuildOutcome {
  result: BuildResult
  /** Pages in the built output; null when the build ran elsewhere or wrote nothing readable. */
  pageCount: number | null
  error?: string
  /** Present when DEPLOY_COMMAND ran after the new build went live. */
  deploy?: DeployOutcome
}

export interface Builder {
  /** Run once at start-up, before the first build: check and tidy the place builds go. */
  prepare(): Promise<void>
  /** Runs one build; resolves (never rejects) with what happened. Aborting ends it as "abandoned". */
  build(signal: AbortSignal): Promise<BuildOutcome>
}

/** One finished build as /status shows it. */
export interface BuildRecord extends BuildOutcome {
  startedAt: string
  durationMs: number
  triggeredBy: string[]
}

export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error))
