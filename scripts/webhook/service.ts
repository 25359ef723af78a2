// Wires the rebuild service together: HTTP server, scheduler and builder, plus what /status shows
// and an orderly stop.
import type {Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {errorMessage, type Builder, type BuildOutcome, type BuildRecord} from './buildOutcome.ts'
import {createCommandBuilder} from './builder.ts'
import type {WebhookConfig} from './config.ts'
import {createHookBuilder} from './hookBuilder.ts'
import type {Logger} from './log.ts'
import {createRebuildScheduler} from './scheduler.ts'
import {createWebhookServer} from './server.ts'

export interface ServiceStatus {
  state: 'idle' | 'waiting' | 'building'
  mode: 'command' | 'hook'
  builds: number
  pending: string[]
  currentBuild: {startedAt: string; triggeredBy: string[]} | null
  lastBuild: BuildRecord | null
}

export interface RunningService {
  /** Where the service listens, e.g. http://127.0.0.1:8787. */
  url: string
  status(): ServiceStatus
  /**
   * Stops accepting requests and cancels pending builds; waits up to SHUTDOWN_GRACE_MS for a
   * running build, then stops its process group. The live site is complete either way, because
   * only a finished, checked build is ever switched live.
   */
  stop(): Promise<void>
  /** Stops a running build now (a second Ctrl-C). */
  abortBuild(): void
}

const sleep = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms).unref())

const isLoopback = (address: string) => address === '::1' || address.startsWith('127.') || address === '::ffff:127.0.0.1'

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve(server.address() as AddressInfo)
    })
  })
}

export async function startRebuildService(config: WebhookConfig, log: Logger): Promise<RunningService> {
  const builder: Builder =
    config.rebuild.mode === 'command' ? createCommandBuilder(config.rebuild, log) : createHookBuilder(config.rebuild)
  await builder.prepare()

  let currentBuild: ServiceStatus['currentBuild'] = null
  let lastBuild: BuildRecord | null = null
  let buildAbort: AbortController | undefined

  async function runBuild(ids: string[]) {
    const started = Date.now()
    currentBuild = {startedAt: new Date(started).toISOString(), triggeredBy: ids}
    buildAbort = new AbortController()
    const outcome = await builder
      .build(buildAbort.signal)
      .catch((error: unknown): BuildOutcome => ({result: 'failed', pageCount: null, error: errorMessage(error)}))
    lastBuild = {...currentBuild, durationMs: Date.now() - started, ...outcome}
    currentBuild = null
    buildAbort = undefined
    const summary = `build ${outcome.result}: documents=${ids.length} pages=${outcome.pageCount ?? '-'} ms=${lastBuild.durationMs}`
    if (outcome.result === 'success') log.info(summary)
    else log.error(`${summary}\n${outcome.error ?? ''}`.trim())
    if (outcome.deploy && outcome.deploy.result !== 'success')
      log.error(`deploy ${outcome.deploy.result}: ${outcome.deploy.error ?? ''}`)
  }

  const scheduler = createRebuildScheduler({
    debounceMs: config.debounceMs,
    maxWaitMs: config.maxWaitMs,
    build: runBuild,
    onBuildError: (error) => log.error(`build crashed: ${errorMessage(error)}`),
  })

  const status = (): ServiceStatus => ({...scheduler.snapshot(), mode: config.rebuild.mode, currentBuild, lastBuild})

  const server = createWebhookServer({
    secret: config.secret,
    toleranceMs: config.toleranceMs,
    onChange: (ids) => scheduler.notify(ids),
    status,
    statusAccess: config.statusAccess,
    maxConnections: config.maxConnections,
    requestTimeoutMs: config.requestTimeoutMs,
    log,
  })
  const address = await listen(server, config.port, config.host)
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  const url = `http://${host}:${address.port}`
  log.info(`listening on ${url} (mode ${config.rebuild.mode})`)
  if (!isLoopback(address.address) && config.statusAccess.kind === 'open') {
    log.warn('/status is readable by anyone who reaches this address: set WEBHOOK_STATUS_TOKEN or WEBHOOK_STATUS=off')
  }

  let stopping: Promise<void> | undefined
  async function stop() {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    server.closeIdleConnections()
    const running = scheduler.stop()
    if (running) {
      log.info(`waiting up to ${config.shutdownGraceMs} ms for the running build`)
      if ((await Promise.race([running.then(() => 'done' as const), sleep(config.shutdownGraceMs)])) === 'timeout') {
        log.warn('stopping the running build; the live site stays as it was')
        buildAbort?.abort()
        await running
      }
    }
    server.closeAllConnections()
    await closed
  }

  return {
    url,
    status,
    stop: () => (stopping ??= stop()),
    abortBuild: () => buildAbort?.abort(),
  }
}
