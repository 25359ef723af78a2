// Runs a shell command in its own process group, with its output in a log file, so the whole
// group (a build and every worker it started) can be stopped at once on timeout or shutdown.
import {spawn} from 'node:child_process'
import {closeSync, openSync} from 'node:fs'
import {open} from 'node:fs/promises'

/** How long a group gets between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 3000

export interface CommandOptions {
  cwd?: string
  env: NodeJS.ProcessEnv
  /** Output (stdout and stderr) is appended here. */
  logFile: string
  timeoutMs: number
  signal: AbortSignal
}

export interface CommandRun {
  exitCode: number | null
  /** Why we stopped it, if we did. */
  stoppedBy?: 'timeout' | 'abort'
  /** Set when the command could not be started at all. */
  spawnError?: string
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    // A negative pid addresses the process group whose leader is `pid`.
    process.kill(-pid, signal)
  } catch {
    // The group is already gone.
  }
}

export function runInProcessGroup(command: string, options: CommandOptions): Promise<CommandRun> {
  const output = openSync(options.logFile, 'a')
  return new Promise((resolve) => {
    // `detached` starts a new session, so the command leads its own process group and a Ctrl-C in
    // the service's terminal reaches only the service, which then decides what to do with it.
    const child = spawn(command, {
      shell: true,
      detached: true,
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', output, output],
    })
    closeSync(output)
    let stoppedBy: CommandRun['stoppedBy']
    let killTimer: ReturnType<typeof setTimeout> | undefined

    const stop = (reason: 'timeout' | 'abort') => {
      if (stoppedBy || child.pid === undefined) return
      stoppedBy = reason
      signalGroup(child.pid, 'SIGTERM')
      const pid = child.pid
      killTimer = setTimeout(() => signalGroup(pid, 'SIGKILL'), KILL_GRACE_MS)
    }
    const timeout = setTimeout(() => stop('timeout'), options.timeoutMs)
    const onAbort = () => stop('abort')
    if (options.signal.aborted) onAbort()
    else options.signal.addEventListener('abort', onAbort, {once: true})

    const settle = (run: CommandRun) => {
      clearTimeout(timeout)
      if (killTimer) clearTimeout(killTimer)
      options.signal.removeEventListener('abort', onAbort)
      resolve(run)
    }
    child.once('error', (error) => settle({exitCode: null, spawnError: error.message}))
    // 'exit', not 'close': a stray grandchild holding the log file open must not keep us waiting.
    child.once('exit', (code) => {
      // Whatever of a stopped group ignored SIGTERM goes now, before the next build starts.
      if (stoppedBy && child.pid !== undefined) signalGroup(child.pid, 'SIGKILL')
      settle({exitCode: code, stoppedBy})
    })
  })
}

/** The last lines of a log file, for an error message. */
export async function logTail(logFile: string, maxBytes = 600): Promise<string> {
  try {
    const file = await open(logFile, 'r')
    try {
      const {size} = await file.stat()
      const length = Math.min(size, maxBytes)
      const buffer = Buffer.alloc(length)
      await file.read(buffer, 0, length, size - length)
      const text = buffer.toString('utf8')
      // Drop a partial first line when we started mid-file.
      return (length < size ? text.slice(text.indexOf('\n') + 1) : text).trim()
    } finally {
      await file.close()
    }
  } catch {
    return ''
  }
}
