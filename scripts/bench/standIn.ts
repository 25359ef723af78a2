// The bench's side of the Content Lake stand-in: starts it in a child process, asks it how many
// requests it answered, and edits a document in it as an editor publishing a change would.
import {fork} from 'node:child_process'
import path from 'node:path'
import type {StandInMessage, StandInReply} from './standInProcess.ts'

export interface RequestCounts {
  /** Query requests. */
  requests: number
  /** Documents in the answers (objects with an _id, also inside batched answers); id lists excluded. */
  documents: number
  /** Image downloads. */
  images: number
  /**
   * Time the stand-in spent evaluating queries with groq-js, which scans the whole dataset where the
   * Content Lake uses indexes: part of the build's wall time that production would not pay.
   */
  evaluationMs?: number
}

export interface StandIn {
  url: string
  /** Undefined when the stand-in does not answer (still evaluating a query of a build that failed). */
  counts(): Promise<RequestCounts | undefined>
  editTitle(id: string, title: string, updatedAt: string): Promise<void>
  close(): Promise<void>
}

const HERE = import.meta.dirname
/** A build that timed out may leave the stand-in evaluating one query for many minutes. */
const STATS_TIMEOUT_MS = 30_000

/** Starts the stand-in of the site copy in `siteDir`, serving the dataset in `datasetDir`. */
export async function startStandIn(datasetDir: string, latencyMs: number, siteDir: string): Promise<StandIn> {
  const child = fork(path.join(HERE, 'standInProcess.ts'), [datasetDir, String(latencyMs), siteDir], {
    execArgv: ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', '--import', path.join(HERE, '../tsResolve.ts')],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const next = (type: StandInReply['type'], timeoutMs = 0) =>
    new Promise<StandInReply>((resolve, reject) => {
      const stop = (error?: Error, message?: StandInReply) => {
        clearTimeout(timer)
        child.off('message', onMessage)
        child.off('exit', onExit)
        if (message) resolve(message)
        else reject(error)
      }
      const onMessage = (message: StandInReply) => {
        if (message.type === type) stop(undefined, message)
      }
      const onExit = (code: number | null) => stop(new Error(`The Content Lake stand-in stopped (exit code ${code}).`))
      const timer =
        timeoutMs > 0
          ? setTimeout(() => stop(new Error(`The Content Lake stand-in did not answer within ${timeoutMs / 1000} s.`)), timeoutMs)
          : undefined
      if (child.exitCode !== null || child.signalCode !== null) return onExit(child.exitCode)
      child.on('message', onMessage)
      child.once('exit', onExit)
    })
  const send = (message: StandInMessage) => {
    if (child.connected) child.send(message)
  }
  const ready = await next('ready')
  if (ready.type !== 'ready') throw new Error('The Content Lake stand-in did not start.')
  return {
    url: ready.url,
    async counts() {
      const pending = next('stats', STATS_TIMEOUT_MS)
      send({type: 'stats'})
      const stats = await pending.catch(() => undefined)
      return stats?.type === 'stats'
        ? {requests: stats.requests, documents: stats.documents, images: stats.images, evaluationMs: stats.evaluationMs}
        : undefined
    },
    async editTitle(id, title, updatedAt) {
      const pending = next('edited')
      send({type: 'edit', id, title, updatedAt})
      await pending
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        // A long GROQ evaluation holds the stand-in's event loop, so it may never read the message:
        // it is stopped after a grace period.
        const kill = setTimeout(() => child.kill('SIGKILL'), 5000)
        child.once('exit', () => {
          clearTimeout(kill)
          resolve()
        })
        send({type: 'close'})
      }),
  }
}

/** The difference between two readings: what one build asked for. */
export function countsBetween(before: RequestCounts | undefined, after: RequestCounts | undefined): RequestCounts | undefined {
  if (!before || !after) return undefined
  return {
    requests: after.requests - before.requests,
    documents: after.documents - before.documents,
    images: after.images - before.images,
    evaluationMs: (after.evaluationMs ?? 0) - (before.evaluationMs ?? 0),
  }
}
