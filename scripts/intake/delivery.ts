// Delivers the spool, one message at a time, oldest first. A record leaves the spool only after the
// mailer has accepted it; a failure is retried with exponential backoff, without end (the spool's
// age in /status is what tells a person that mail is stuck). One delivery that works means the
// server is back, so everything waiting is tried again straight away.
import type {Clock} from './clock.ts'
import {UnreadableRecord} from './crypto.ts'
import type {Logger} from '../webhook/log.ts'
import {failureSummary, type Mailer} from './mailer.ts'
import {reference} from './message.ts'
import type {Spool, SpoolEntry} from './spool.ts'

export interface RetryPolicy {
  firstMs: number
  maxMs: number
}

/** Wait before attempt `failures + 1`: firstMs, doubling, at most maxMs. */
export function backoffMs(failures: number, {firstMs, maxMs}: RetryPolicy): number {
  return Math.min(firstMs * 2 ** Math.max(0, failures - 1), maxMs)
}

export interface DeliveryStatus {
  /** Records in the spool, including one being delivered now. */
  waiting: number
  /** When the oldest waiting record was received (ms since the epoch), or null. */
  oldestReceivedAt: number | null
  delivered: number
  failedAttempts: number
  /** Records that could not be decrypted, moved aside for a person to look at. */
  unreadable: number
  lastFailure: {at: string; reason: string} | null
}

export interface DeliveryLoop {
  /** Queues what the spool already holds (from before a restart) and starts delivering. */
  start(): Promise<void>
  /** A record was just added to the spool. */
  add(entry: SpoolEntry): void
  status(): DeliveryStatus
  /** Stops after the delivery in progress, waiting for it at most `graceMs`; the spool keeps the rest. */
  stop(graceMs: number): Promise<void>
}

interface Waiting {
  entry: SpoolEntry
  failures: number
  dueAt: number
}

export interface DeliveryLoopOptions {
  spool: Spool
  mailer: Mailer
  retry: RetryPolicy
  clock: Clock
  log: Logger
}

export function createDeliveryLoop({spool, mailer, retry, clock, log}: DeliveryLoopOptions): DeliveryLoop {
  const waiting = new Map<string, Waiting>()
  let timer: ReturnType<Clock['setTimeout']> | undefined
  let running: Promise<void> | undefined
  let stopped = false
  /** Something became due while the loop ran; look again when it ends. */
  let again = false
  let delivered = 0
  let failedAttempts = 0
  let unreadable = 0
  let lastFailure: DeliveryStatus['lastFailure'] = null

  const nextDue = () => {
    let next: Waiting | undefined
    for (const item of waiting.values()) {
      if (!next || item.dueAt < next.dueAt || (item.dueAt === next.dueAt && item.entry.receivedAt < next.entry.receivedAt))
        next = item
    }
    return next
  }

  async function deliverOne(item: Waiting): Promise<void> {
    const {id} = item.entry
    let record
    try {
      record = await spool.read(id)
    } catch (error) {
      if (!(error instanceof UnreadableRecord)) throw error
      waiting.delete(id)
      unreadable += 1
      await spool.setAside(id)
      log.error(`set aside ${id}: ${error.message}; check INTAKE_SPOOL_KEY`)
      return
    }
    try {
      await mailer.deliver(record)
    } catch (error) {
      item.failures += 1
      failedAttempts += 1
      const reason = failureSummary(error)
      lastFailure = {at: new Date(clock.now()).toISOString(), reason}
      const waitMs = backoffMs(item.failures, retry)
      item.dueAt = clock.now() + waitMs
      log.warn(`delivery failed: ref=${reference(id)} attempt=${item.failures} ${reason}; next try in ${waitMs} ms`)
      return
    }
    // Accepted: from here on the message is the mailbox's to keep.
    waiting.delete(id)
    delivered += 1
    await spool.remove(id)
    log.info(`delivered: ref=${reference(id)} attempts=${item.failures + 1} waiting=${waiting.size}`)
    const now = clock.now()
    for (const other of waiting.values()) other.dueAt = Math.min(other.dueAt, now)
  }

  async function drain(): Promise<void> {
    for (;;) {
      if (stopped) return
      const item = nextDue()
      if (!item) return
      const waitMs = item.dueAt - clock.now()
      if (waitMs > 0) {
        timer = clock.setTimeout(() => {
          timer = undefined
          pump()
        }, waitMs)
        return
      }
      await deliverOne(item).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          waiting.delete(item.entry.id)
          log.warn(`${item.entry.id} left the spool before it was delivered (removed by hand?)`)
          return
        }
        // A spool the service cannot read or write: keep the record, try again later.
        item.failures += 1
        item.dueAt = clock.now() + backoffMs(item.failures, retry)
        log.error(`spool error for ${item.entry.id}: ${error instanceof Error ? error.message : String(error)}`)
      })
    }
  }

  function pump() {
    if (stopped) return
    if (running) {
      again = true
      return
    }
    if (timer !== undefined) {
      clock.clearTimeout(timer)
      timer = undefined
    }
    running = drain().finally(() => {
      running = undefined
      if (again) {
        again = false
        pump()
      }
    })
  }

  return {
    async start() {
      unreadable = await spool.countUnreadable()
      const entries = await spool.list()
      const now = clock.now()
      for (const entry of entries) waiting.set(entry.id, {entry, failures: 0, dueAt: now})
      if (entries.length > 0) log.info(`spool holds ${entries.length} from before; delivering`)
      pump()
    },
    add(entry) {
      waiting.set(entry.id, {entry, failures: 0, dueAt: clock.now()})
      // A record added while a delivery runs is picked up by the running loop.
      pump()
    },
    status() {
      let oldest: number | null = null
      for (const {entry} of waiting.values()) if (oldest === null || entry.receivedAt < oldest) oldest = entry.receivedAt
      return {waiting: waiting.size, oldestReceivedAt: oldest, delivered, failedAttempts, unreadable, lastFailure}
    },
    async stop(graceMs) {
      stopped = true
      if (timer !== undefined) clock.clearTimeout(timer)
      if (running) {
        let graceTimer: ReturnType<typeof setTimeout> | undefined
        const grace = new Promise<void>((resolve) => {
          graceTimer = setTimeout(resolve, graceMs)
        })
        await Promise.race([running, grace])
        clearTimeout(graceTimer)
      }
      mailer.close()
    },
  }
}
