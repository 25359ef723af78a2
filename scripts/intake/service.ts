// Wires the intake receiver together: spool, mailer, delivery loop, rate limit and HTTP server, plus
// what /status shows and an orderly stop.
import {once} from 'node:events'
import type {AddressInfo} from 'node:net'
import type {Logger} from '../webhook/log.ts'
import {systemClock, type Clock} from './clock.ts'
import type {IntakeConfig} from './config.ts'
import {createDeliveryLoop, type DeliveryStatus} from './delivery.ts'
import {loadOrCreateKeyFile} from './localKey.ts'
import {createMailboxMailer, createSmtpMailer} from './mailer.ts'
import {reference} from './message.ts'
import {createRateLimiter} from './rateLimit.ts'
import {createIntakeServer} from './server.ts'
import {createSpool} from './spool.ts'

export interface IntakeStatus {
  delivery: 'smtp' | 'mailbox'
  /** Inquiries in the spool, not yet accepted by the mail server. */
  waiting: number
  /** How long the oldest of them has waited; alert on this. */
  oldestWaitingSeconds: number | null
  /** Spool files that cannot be decrypted (moved to the spool's `unreadable/` folder). */
  unreadable: number
  deliveredSinceStart: number
  failedAttemptsSinceStart: number
  lastFailure: DeliveryStatus['lastFailure']
}

export interface RunningIntake {
  /** Where the receiver listens, e.g. http://127.0.0.1:8788. */
  url: string
  status(): IntakeStatus
  /** Stops taking posts and lets a delivery in progress finish (at most `graceMs`); the spool keeps the rest. */
  stop(): Promise<void>
}

export interface IntakeServiceOptions {
  log: Logger
  clock?: Clock
  /** How long a stop waits for a delivery in progress. */
  shutdownGraceMs?: number
}

async function spoolKey(config: IntakeConfig, log: Logger): Promise<Buffer> {
  if (config.spoolKey.kind === 'value') return config.spoolKey.key
  const {key, created} = await loadOrCreateKeyFile(config.spoolKey.file)
  if (created) log.info(`made a spool key for local development in ${config.spoolKey.file}`)
  return key
}

export async function startIntakeService(
  config: IntakeConfig,
  {log, clock = systemClock, shutdownGraceMs = 10_000}: IntakeServiceOptions,
): Promise<RunningIntake> {
  const spool = createSpool(config.spoolDir, await spoolKey(config, log))
  const {partialsRemoved} = await spool.prepare()
  if (partialsRemoved > 0) log.info(`removed ${partialsRemoved} half-written spool file(s) left by a crash`)

  const messageOptions = {from: config.from, to: config.to, timeZone: config.timeZone}
  const mailer =
    config.delivery.kind === 'smtp'
      ? createSmtpMailer(config.delivery, messageOptions)
      : createMailboxMailer(config.delivery, messageOptions)
  await mailer.prepare()
  // Said loudly in local mode: nothing that arrives there reaches anyone.
  if (config.delivery.kind === 'mailbox') log.warn(mailer.description)
  else log.info(`delivery: ${mailer.description}`)

  const delivery = createDeliveryLoop({spool, mailer, retry: config.retry, clock, log})

  const status = (): IntakeStatus => {
    const current = delivery.status()
    return {
      delivery: config.delivery.kind,
      waiting: current.waiting,
      oldestWaitingSeconds:
        current.oldestReceivedAt === null ? null : Math.max(0, Math.round((clock.now() - current.oldestReceivedAt) / 1000)),
      unreadable: current.unreadable,
      deliveredSinceStart: current.delivered,
      failedAttemptsSinceStart: current.failedAttempts,
      lastFailure: current.lastFailure,
    }
  }

  const server = createIntakeServer({
    siteOrigin: config.siteOrigin,
    allowedOrigins: config.allowedOrigins,
    trustProxy: config.trustProxy,
    rateLimiter: createRateLimiter(config.rateLimitPerHour, clock),
    async accept(inquiry) {
      const record = await spool.add(inquiry, new Date(clock.now()))
      delivery.add({id: record.id, receivedAt: Date.parse(record.receivedAt)})
      return reference(record.id)
    },
    status,
    log,
  })
  server.listen(config.port, config.host)
  try {
    await once(server, 'listening')
  } catch (error) {
    mailer.close()
    throw error
  }
  // What an earlier run left in the spool goes out first.
  await delivery.start()
  const address = server.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  const url = `http://${host}:${address.port}`
  log.info(`listening on ${url}; the form may post from ${config.allowedOrigins.join(', ')}`)

  let stopping: Promise<void> | undefined
  async function stop() {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    server.closeIdleConnections()
    await delivery.stop(shutdownGraceMs)
    server.closeAllConnections()
    await closed
  }
  return {url, status, stop: () => (stopping ??= stop())}
}
