// The slow-body attack on the rebuild service: connections that each announce a large body, send
// all of it but one byte and go idle. `tests/webhook/flood.test.ts` runs it scaled down; run it at
// full scale for the figure in docs/deploy.md:
//   node --experimental-strip-types scripts/bench/webhookFlood.ts --connections 1500
import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync} from 'node:fs'
import {connect} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'

/** What one request got back: the status code of the answer, `closed` without one, or nothing yet. */
export type Answer = number | 'closed' | 'pending'

export interface SlowRequest {
  /** Settles with the answer, or `closed` when the connection ends without one. */
  answer: Promise<Answer>
  close(): void
}

export interface SlowRequestOptions {
  /** The Content-Length announced. */
  declaredBytes: number
  /** How much of the body is sent before the client goes idle. */
  sentBytes: number
  /** The sanity-webhook-signature header, if any. */
  signature?: string
}

// One shared buffer: thousands of connections must not cost the attacker memory in this process.
const filler = Buffer.alloc(1024 * 1024, 'a')

/** POSTs to the webhook over a raw socket, sending only part of the announced body, then waits. */
export function openSlowRequest(serviceUrl: string, {declaredBytes, sentBytes, signature}: SlowRequestOptions): SlowRequest {
  const {hostname, port} = new URL(serviceUrl)
  const socket = connect({host: hostname, port: Number(port)})
  const head = [
    'POST /webhooks/sanity HTTP/1.1',
    `Host: ${hostname}:${port}`,
    'Content-Type: application/json',
    `Content-Length: ${declaredBytes}`,
    ...(signature === undefined ? [] : [`sanity-webhook-signature: ${signature}`]),
    '',
    '',
  ].join('\r\n')
  const answer = new Promise<Answer>((resolve) => {
    let received = ''
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1')
      const status = /^HTTP\/1\.1 (\d{3})/.exec(received)
      if (status) resolve(Number(status[1]))
    })
    // A refused or reset connection is an answer too: the service stopped listening to it.
    socket.on('error', () => resolve('closed'))
    socket.on('close', () => resolve('closed'))
  })
  socket.on('connect', () => {
    socket.write(head)
    let left = sentBytes
    while (left > 0) {
      const size = Math.min(left, filler.length)
      socket.write(size === filler.length ? filler : filler.subarray(0, size))
      left -= size
    }
  })
  return {answer, close: () => socket.destroy()}
}

/** A signature header of the right form that no secret made. */
export const forgedSignature = (timestamp = Date.now()) => `t=${timestamp},v1=${'A'.repeat(43)}`

/** Resident memory of a process in bytes (Linux /proc). */
export function residentBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  if (!match) throw new Error(`no VmRSS for process ${pid}`)
  return Number(match[1]) * 1024
}

export interface FloodResult {
  /** How many requests got each answer. */
  answers: Record<string, number>
  baselineBytes: number
  peakBytes: number
}

/**
 * Opens `connections` slow requests at once (1 MiB announced, all but one byte sent, a signature of
 * the right form) and samples the service's memory until every one of them has been answered, or
 * `giveUpMs` has passed (the rest count as `pending`).
 */
export async function slowBodyFlood(
  serviceUrl: string,
  pid: number,
  connections: number,
  giveUpMs = 60_000,
): Promise<FloodResult> {
  const baselineBytes = residentBytes(pid)
  let peakBytes = baselineBytes
  const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, residentBytes(pid))), 20)
  const requests = Array.from({length: connections}, () =>
    openSlowRequest(serviceUrl, {declaredBytes: filler.length, sentBytes: filler.length - 1, signature: forgedSignature()}),
  )
  let giveUp: NodeJS.Timeout | undefined
  const deadline = new Promise<'pending'>((resolve) => (giveUp = setTimeout(() => resolve('pending'), giveUpMs)))
  const answered = await Promise.all(requests.map((request) => Promise.race([request.answer, deadline])))
  clearTimeout(giveUp)
  clearInterval(sampler)
  peakBytes = Math.max(peakBytes, residentBytes(pid))
  for (const request of requests) request.close()
  const answers: Record<string, number> = {}
  for (const answer of answered) answers[answer] = (answers[answer] ?? 0) + 1
  return {answers, baselineBytes, peakBytes}
}

export interface ServiceProcess {
  pid: number
  url: string
  stop(): void
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Starts `npm run webhook` as its own process on a random loopback port, with `env` added. */
export function startServiceProcess(env: Record<string, string>): Promise<ServiceProcess> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'webhook-flood-'))
  const child = spawn(
    process.execPath,
    ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', path.join(ROOT, 'scripts/webhook/main.ts')],
    {
      cwd: workDir,
      env: {...process.env, HOST: '127.0.0.1', PORT: '0', REBUILD_WORK_DIR: workDir, ...env},
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  return new Promise((resolve, reject) => {
    let output = ''
    child.once('exit', (code) => reject(new Error(`the service exited with code ${code}: ${output}`)))
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1]
      if (url && child.pid !== undefined) {
        child.stdout.removeAllListeners('data').resume()
        resolve({pid: child.pid, url, stop: () => child.kill('SIGKILL')})
      }
    })
  })
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)

async function main() {
  const {values} = parseArgs({options: {connections: {type: 'string', default: '1500'}}})
  const connections = Number(values.connections)
  const service = await startServiceProcess({SANITY_WEBHOOK_SECRET: 'flood-test-secret'})
  try {
    const result = await slowBodyFlood(service.url, service.pid, connections)
    console.log(`${connections} slow requests (1 MiB announced, 1 MiB - 1 byte sent) with the default limits:`)
    console.log(`answers: ${JSON.stringify(result.answers)}`)
    console.log(`resident memory: ${megabytes(result.baselineBytes)} MB before, ${megabytes(result.peakBytes)} MB at the peak`)
  } finally {
    service.stop()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
