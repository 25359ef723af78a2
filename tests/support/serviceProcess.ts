// Runs one of the project's services (scripts/*/main.ts) as its own Node process, the way npm runs
// it, and collects what it prints; the test kills what it started with `stopAll`.
import {spawn, type ChildProcess} from 'node:child_process'
import {waitFor} from '../webhook/support.ts'

export interface ServiceProcess {
  child: ChildProcess
  /** Everything it has printed so far, stdout and stderr together. */
  output(): string
  /** The address from its "listening on http://…" line. */
  url: Promise<string>
  exited: Promise<number | null>
}

const running: ChildProcess[] = []

export function startServiceProcess(main: string, env: NodeJS.ProcessEnv, cwd: string): ServiceProcess {
  const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', main], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.push(child)
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return {
    child,
    output: () => output,
    url: waitFor(() => /listening on (http:\/\/[^\s;]+)/.exec(output)?.[1], 10_000),
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
  }
}

/** SIGKILL for every process started here that still runs (call it in afterEach). */
export function stopAll() {
  for (const child of running.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
}
