// Starts a lake in memory (no data folder: it writes nothing) on a worker thread and hands back
// where it answers. A build that reads 10,000 documents from a lake in its own thread queues the
// lake's work behind its own on one core; on a worker, the two use both.
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {ExportFormatError} from './exportFormat.ts'

const WORKER_FILE = path.join('scripts', 'lake', 'lakeWorker.ts')

/**
 * The worker's file, in the project this module belongs to. Run from source, that is beside it; in
 * a bundle (the draft preview's server, built into a folder inside the project) this module is
 * a chunk of the bundle, so the project folder is found above it.
 */
function workerFile(): string {
  const start = path.dirname(fileURLToPath(import.meta.url))
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, WORKER_FILE)
    if (existsSync(candidate)) return candidate
    if (path.dirname(dir) === dir)
      throw new Error(`Cannot find ${WORKER_FILE} in a folder above ${start}: the lake in memory needs the project's scripts.`)
  }
}

export interface LakeInWorkerOptions {
  /** The export folder the lake reads at start. */
  seedDir: string
  projectId?: string
  dataset?: string
}

/** What the worker posts once: where its lake answers, or why it could not start. */
export type WorkerReply =
  | {kind: 'started'; url: string; projectId: string; datasetName: string; token: string}
  | {kind: 'failed'; name: string; message: string}

export interface LakeInWorker {
  url: string
  projectId: string
  datasetName: string
  token: string
  /** Stops the lake and its thread. */
  close(): Promise<void>
}

// Node 22.12 to 23.5 strip TypeScript types only when told to; the worker runs lakeWorker.ts as it is.
const typeStripping = process.features.typescript ? [] : ['--experimental-strip-types', '--no-warnings=ExperimentalWarning']

export function startLakeInWorker(options: LakeInWorkerOptions): Promise<LakeInWorker> {
  const worker = new Worker(workerFile(), {
    workerData: options,
    // Not the parent's flags: a process started with `--input-type` (node -e) would pass a flag a
    // worker started from a file refuses, and the lake needs none of them.
    execArgv: typeStripping,
  })
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
  return new Promise((resolve, reject) => {
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`The lake's worker thread stopped (exit code ${code}) before it answered.`)))
    worker.once('message', (reply: WorkerReply) => {
      if (reply.kind === 'failed') {
        reject(reply.name === ExportFormatError.name ? new ExportFormatError(reply.message) : new Error(reply.message))
        return
      }
      // An idle lake never keeps the build's process alive.
      worker.unref()
      const {url, projectId, datasetName, token} = reply
      resolve({
        url,
        projectId,
        datasetName,
        token,
        close: async () => {
          // Held until the lake has stopped, so a caller that waits for it is not left behind.
          worker.ref()
          worker.postMessage('close')
          await exited
        },
      })
    })
  })
}
