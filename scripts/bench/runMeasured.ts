// Runs one build command as its own process group and measures it: wall time, peak memory of the
// whole tree, exit status. A crash (out of memory included) or a timeout is a result, not an error.
import {spawn} from 'node:child_process'
import {sampleGroupMemory} from './processTree.ts'

export interface MeasuredRun {
  ok: boolean
  wallMs: number
  peakRssBytes: number
  /** When the peak was seen, in ms after the start. */
  peakRssAtMs: number
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  /** V8 gave up for lack of heap ("JavaScript heap out of memory"). */
  outOfMemory: boolean
  /** stdout and stderr, interleaved. */
  log: string
}

export interface RunOptions {
  cwd: string
  env: Record<string, string | undefined>
  timeoutMs: number
}

/** How much of a log to keep: enough for Astro's phase timings and a failure's cause. */
const LOG_LIMIT = 4 * 1024 * 1024

export function runMeasured(command: string, args: string[], options: RunOptions): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    // Its own process group, so memory sums the whole tree and a timeout can end all of it.
    const child = spawn(command, args, {cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe']})
    const {pid} = child
    if (pid === undefined) return reject(new Error(`Could not start ${command}.`))
    const sampler = sampleGroupMemory(pid)
    let log = ''
    const append = (chunk: Buffer) => {
      if (log.length < LOG_LIMIT) log += chunk.toString('utf8')
    }
    child.stdout.on('data', append)
    child.stderr.on('data', append)
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      process.kill(-pid, 'SIGKILL')
    }, options.timeoutMs)
    child.on('error', reject)
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer)
      const peak = sampler.stop()
      resolve({
        ok: exitCode === 0 && !timedOut,
        wallMs: Math.round(performance.now() - started),
        peakRssBytes: peak.bytes,
        peakRssAtMs: peak.atMs,
        exitCode,
        signal,
        timedOut,
        outOfMemory: /heap out of memory|Allocation failed|ERR_WORKER_OUT_OF_MEMORY/i.test(log),
        log,
      })
    })
  })
}

/** The last lines of a log, for a failure message. */
export function logTail(log: string, lines = 15): string {
  return log.trimEnd().split('\n').slice(-lines).join('\n')
}
