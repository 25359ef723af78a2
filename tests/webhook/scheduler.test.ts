import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {createRebuildScheduler} from '../../scripts/webhook/scheduler.ts'

/** A build that finishes when the test says so, recording what it was started with. */
function controllableBuilds() {
  const started: string[][] = []
  const finishers: Array<() => void> = []
  return {
    started,
    build: (ids: string[]) => {
      started.push(ids)
      return new Promise<void>((resolve) => finishers.push(resolve))
    },
    /** Ends the oldest running build and lets its follow-up logic run. */
    async finish() {
      finishers.shift()?.()
      await vi.advanceTimersByTimeAsync(0)
    },
  }
}

describe('rebuild scheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('starts one build after the debounce period of quiet, with every id of the burst', async () => {
    const builds = controllableBuilds()
    const scheduler = createRebuildScheduler({debounceMs: 3000, maxWaitMs: 30_000, build: builds.build})
    scheduler.notify(['a'])
    await vi.advanceTimersByTimeAsync(2000)
    scheduler.notify(['b', 'a'])
    expect(scheduler.snapshot()).toEqual({state: 'waiting', builds: 0, pending: ['a', 'b']})
    await vi.advanceTimersByTimeAsync(2999)
    expect(builds.started).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(builds.started).toEqual([['a', 'b']])
    expect(scheduler.snapshot()).toEqual({state: 'building', builds: 1, pending: []})
    await builds.finish()
    expect(scheduler.snapshot()).toEqual({state: 'idle', builds: 1, pending: []})
  })

  it('starts a build after the maximum wait even while changes keep coming', async () => {
    const builds = controllableBuilds()
    const scheduler = createRebuildScheduler({debounceMs: 3000, maxWaitMs: 10_000, build: builds.build})
    for (let second = 0; second < 9; second++) {
      scheduler.notify([`doc-${second}`])
      await vi.advanceTimersByTimeAsync(1000)
    }
    expect(builds.started).toEqual([])
    scheduler.notify(['doc-9'])
    await vi.advanceTimersByTimeAsync(1000)
    expect(builds.started).toHaveLength(1)
    expect(builds.started[0]).toHaveLength(10)
  })

  it('never runs two builds at once, and folds changes during a build into exactly one follow-up', async () => {
    const builds = controllableBuilds()
    const scheduler = createRebuildScheduler({debounceMs: 1000, maxWaitMs: 5000, build: builds.build})
    scheduler.notify(['a'])
    await vi.advanceTimersByTimeAsync(1000)
    expect(builds.started).toEqual([['a']])

    // A long build: changes arrive throughout, well past debounce and max wait.
    for (let step = 0; step < 20; step++) {
      scheduler.notify([`during-${step % 3}`])
      await vi.advanceTimersByTimeAsync(1000)
    }
    expect(builds.started).toHaveLength(1)
    expect(scheduler.snapshot()).toMatchObject({state: 'building', pending: ['during-0', 'during-1', 'during-2']})

    await builds.finish()
    expect(scheduler.snapshot().state).toBe('waiting')
    // The follow-up waits a fresh debounce period after the build ends.
    await vi.advanceTimersByTimeAsync(999)
    expect(builds.started).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(builds.started).toEqual([['a'], ['during-0', 'during-1', 'during-2']])

    await builds.finish()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(builds.started).toHaveLength(2)
    expect(scheduler.snapshot()).toEqual({state: 'idle', builds: 2, pending: []})
  })

  it('keeps scheduling after a build throws', async () => {
    const errors: unknown[] = []
    let calls = 0
    const scheduler = createRebuildScheduler({
      debounceMs: 100,
      maxWaitMs: 1000,
      build: async () => {
        calls += 1
        throw new Error('boom')
      },
      onBuildError: (error) => errors.push(error),
    })
    scheduler.notify(['a'])
    await vi.advanceTimersByTimeAsync(100)
    scheduler.notify(['b'])
    await vi.advanceTimersByTimeAsync(100)
    expect(calls).toBe(2)
    expect(errors).toHaveLength(2)
  })

  it('cancels the pending build on stop and hands back the running one', async () => {
    const builds = controllableBuilds()
    const scheduler = createRebuildScheduler({debounceMs: 100, maxWaitMs: 1000, build: builds.build})
    scheduler.notify(['a'])
    expect(scheduler.stop()).toBeUndefined()
    await vi.advanceTimersByTimeAsync(5000)
    expect(builds.started).toEqual([])

    const second = createRebuildScheduler({debounceMs: 100, maxWaitMs: 1000, build: builds.build})
    second.notify(['b'])
    await vi.advanceTimersByTimeAsync(100)
    second.notify(['c'])
    const running = second.stop()
    expect(running).toBeInstanceOf(Promise)
    await builds.finish()
    await running
    await vi.advanceTimersByTimeAsync(5000)
    // No follow-up for "c" after stop.
    expect(builds.started).toEqual([['b']])
  })
})
