// Decides when to rebuild: a burst of changes becomes one build, started after a quiet period
// (debounce) or, if changes keep coming, after a maximum wait. One build runs at a time; changes
// that arrive during a build are collected into exactly one follow-up build.

export type SchedulerState = 'idle' | 'waiting' | 'building'

type TimerHandle = ReturnType<typeof setTimeout>

/** Time, injectable so tests can drive the scheduler with fake timers. */
export interface SchedulerClock {
  setTimeout(callback: () => void, ms: number): TimerHandle
  clearTimeout(handle: TimerHandle): void
}

// Looked up at call time, so timers that a test fakes after creation still apply.
const realClock: SchedulerClock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle),
}

export interface SchedulerOptions {
  debounceMs: number
  maxWaitMs: number
  /** Runs one build for the given document ids. */
  build(ids: string[]): Promise<void>
  /** Called if `build` rejects; the scheduler carries on either way. */
  onBuildError?(error: unknown): void
  clock?: SchedulerClock
}

export interface SchedulerSnapshot {
  state: SchedulerState
  /** Builds started since the scheduler was created. */
  builds: number
  /** Ids waiting for the next build. */
  pending: string[]
}

export interface RebuildScheduler {
  /** Records changed documents and (re)arms the timers. */
  notify(ids: readonly string[]): void
  snapshot(): SchedulerSnapshot
  /** Stops scheduling; returns the running build, if any, so the caller can wait for it. */
  stop(): Promise<void> | undefined
}

export function createRebuildScheduler({
  debounceMs,
  maxWaitMs,
  build,
  onBuildError,
  clock = realClock,
}: SchedulerOptions): RebuildScheduler {
  const pending = new Set<string>()
  let hasPending = false
  let debounceTimer: TimerHandle | undefined
  let maxWaitTimer: TimerHandle | undefined
  let running: Promise<void> | undefined
  let builds = 0
  let stopped = false

  const clearTimers = () => {
    if (debounceTimer !== undefined) clock.clearTimeout(debounceTimer)
    if (maxWaitTimer !== undefined) clock.clearTimeout(maxWaitTimer)
    debounceTimer = undefined
    maxWaitTimer = undefined
  }

  const arm = () => {
    if (debounceTimer !== undefined) clock.clearTimeout(debounceTimer)
    debounceTimer = clock.setTimeout(start, debounceMs)
    // The max wait counts from the first pending change, so re-arming leaves it alone.
    maxWaitTimer ??= clock.setTimeout(start, maxWaitMs)
  }

  function start() {
    clearTimers()
    if (stopped || running || !hasPending) return
    const ids = [...pending]
    pending.clear()
    hasPending = false
    builds += 1
    running = build(ids)
      .catch((error: unknown) => onBuildError?.(error))
      .finally(() => {
        running = undefined
        // Changes that came in during the build: one follow-up, after a fresh quiet period.
        if (hasPending && !stopped) arm()
      })
  }

  return {
    notify(ids) {
      if (stopped) return
      for (const id of ids) pending.add(id)
      hasPending = true
      // During a build the timers wait until it ends (see `finally` above).
      if (!running) arm()
    },
    snapshot() {
      const state: SchedulerState = running ? 'building' : hasPending ? 'waiting' : 'idle'
      return {state, builds, pending: [...pending]}
    },
    stop() {
      stopped = true
      clearTimers()
      return running
    },
  }
}
