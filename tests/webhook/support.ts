// Shared pieces of the webhook tests: signed deliveries, a throwaway workspace with the fake build,
// and a way to wait for the service to get somewhere.
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import type {WebhookConfig} from '../../scripts/webhook/config.ts'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const FAKE_BUILD = path.join(ROOT, 'tests/webhook/fixtures/fake-build.mjs')
export const SECRET = 'test-webhook-secret'

export const change = (id: string, operation = 'update') => ({_id: id, _type: 'page', operation})

export async function signatureFor(body: string, {secret = SECRET, timestamp = Date.now()} = {}): Promise<string> {
  return encodeSignatureHeader(body, timestamp, secret)
}

/** POSTs a delivery signed as Sanity would sign it. */
export async function postSigned(url: string, payload: unknown, options: {secret?: string; timestamp?: number} = {}) {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload)
  return fetch(`${url}/webhooks/sanity`, {
    method: 'POST',
    headers: {'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: await signatureFor(body, options)},
    body,
  })
}

export interface FakeBuildControl {
  mode?: 'ok' | 'fail' | 'hang'
  pages?: number
  delayMs?: number
}

export interface BuildRun {
  pid: number
  start: number
  outDir?: string
  end?: number
  helperPid?: number
  sawWebhookSecret?: boolean
}

/** A temporary folder for builds, with the fake build wired in through REBUILD_COMMAND. */
export function makeWorkspace() {
  const dir = mkdtempSync(path.join(tmpdir(), 'webhook-test-'))
  const controlFile = path.join(dir, 'control.json')
  const recordFile = path.join(dir, 'runs.jsonl')
  const quote = (value: string) => `'${value}'`
  const workspace = {
    dir,
    workDir: path.join(dir, 'rebuild'),
    liveDir: path.join(dir, 'rebuild', 'live'),
    command:
      `FAKE_BUILD_CONTROL=${quote(controlFile)} FAKE_BUILD_RECORD=${quote(recordFile)} ` +
      `${quote(process.execPath)} ${quote(FAKE_BUILD)} --outDir {outDir}`,
    /** Sets what the next builds do. */
    control(control: FakeBuildControl) {
      writeFileSync(controlFile, JSON.stringify(control))
    },
    /** Every build the fake command has started, in order. */
    runs(): BuildRun[] {
      try {
        const lines = readFileSync(recordFile, 'utf8').trim().split('\n').filter(Boolean)
        const byPid = new Map<number, BuildRun>()
        for (const line of lines) {
          const entry = JSON.parse(line) as BuildRun
          byPid.set(entry.pid, {...byPid.get(entry.pid), ...entry})
        }
        return [...byPid.values()].sort((a, b) => a.start - b.start)
      } catch {
        return []
      }
    },
  }
  workspace.control({mode: 'ok', pages: 6, delayMs: 50})
  return workspace
}

export type Workspace = ReturnType<typeof makeWorkspace>

/** A configuration for tests: loopback, a random port, short timers. */
export function testConfig(workspace: Workspace, overrides: Partial<WebhookConfig> = {}): WebhookConfig {
  return {
    secret: SECRET,
    toleranceMs: 300_000,
    host: '127.0.0.1',
    port: 0,
    maxConnections: 64,
    requestTimeoutMs: 5000,
    statusAccess: {kind: 'open'},
    debounceMs: 150,
    maxWaitMs: 2000,
    shutdownGraceMs: 2000,
    rebuild: {
      mode: 'command',
      command: workspace.command,
      workDir: workspace.workDir,
      liveDir: workspace.liveDir,
      smokeMinPages: 5,
      timeoutMs: 10_000,
    },
    ...overrides,
  }
}

type Falsy = undefined | null | false

/** Polls until `check` returns something other than undefined, null or false; fails after `timeoutMs`. */
export async function waitFor<T>(check: () => T | Falsy | Promise<T | Falsy>, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined && value !== null && value !== false) return value
    if (Date.now() > deadline) throw new Error(`gave up waiting after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Whether a process still runs; a zombie (dead, not yet reaped by an init that reaps slowly) does not. */
export function isRunning(pid: number): boolean {
  const stat = `/proc/${pid}/stat`
  if (existsSync('/proc/self/stat')) {
    try {
      // The state letter follows the parenthesised command name.
      return !/\)\s+Z/.test(readFileSync(stat, 'utf8'))
    } catch {
      return false
    }
  }
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
