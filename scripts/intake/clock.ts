// Time for the receiver's rate limit and retries, injectable so tests can move it on by hand.

type TimerHandle = ReturnType<typeof setTimeout>

export interface Clock {
  now(): number
  setTimeout(callback: () => void, ms: number): TimerHandle
  clearTimeout(handle: TimerHandle): void
}

// Looked up at call time, so timers that a test fakes after creation still apply.
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle),
}
