// The local Content Lake: a development and test server that speaks enough of Sanity's HTTP API
// for the real Studio, @sanity/client and the site, over a dataset kept on disk (or, for one build,
// in memory). Not for production.
import {randomBytes} from 'node:crypto'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import {LOCAL_PROJECT_ID} from './address.ts'
import {addressAssets, type AssetStore} from './assets.ts'
import {dataFolderPaths, lockDataFolder, openDataFolder, writeToken, type DataFolderPaths} from './dataFolder.ts'
import {Dataset} from './dataset.ts'
import {readExportFolder} from './exportFormat.ts'
import type {Journal} from './journal.ts'
import {createListenPorts} from './listenPorts.ts'
import {createPresenceSocket} from './presenceSocket.ts'
import {createLakeHandler} from './server.ts'
import {createWebhookSender, type WebhookConfig, type WebhookLog} from './webhooks.ts'

/** Compact the journal into a new snapshot when it grows past this. */
const COMPACT_AT_BYTES = 16 * 1024 * 1024

export interface LakeOptions {
  /**
   * The git-ignored folder for the working data (created from `seedDir` when empty). Without one
   * the lake works in memory: it reads `seedDir` at start, writes nothing anywhere, and forgets
   * every change at close (what a build with no Sanity project reads).
   */
  dataDir?: string
  /** The export folder the data starts from. */
  seedDir: string
  projectId?: string
  dataset?: string
  /** 0 picks a free port. */
  port?: number
  /** 127.0.0.1 unless told otherwise. */
  host?: string
  /** Start again from the seed, dropping local changes. */
  reset?: boolean
  /** Browser origins allowed to call the API (the Studio's). */
  allowedOrigins?: string[]
  webhooks?: WebhookConfig[]
  log?: WebhookLog
  onRequest?: Parameters<typeof createLakeHandler>[0]['onRequest']
  /** Log every request's method, path and status through `log` (when no `onRequest` is given). */
  trace?: boolean
}

export interface RunningLake {
  url: string
  port: number
  projectId: string
  datasetName: string
  token: string
  dataset: Dataset
  /** Deliveries still waiting for their receiver. */
  pendingWebhooks(): number
  /** Writes a fresh snapshot and empties the journal. */
  compact(): void
  close(): Promise<void>
}

const quietLog: WebhookLog = {info: () => {}, warn: () => {}}

interface OpenedLake {
  dataset: Dataset
  journal?: Journal
  token: string
  assets: AssetStore
}

/** The working data in its data folder, made from the seed when empty; the token is kept there. */
function openOnDisk(
  paths: DataFolderPaths,
  options: LakeOptions,
  projectId: string,
  datasetName: string,
  log: WebhookLog,
): OpenedLake {
  const opened = openDataFolder({paths, seedDir: options.seedDir, projectId, dataset: datasetName, reset: Boolean(options.reset)})
  if (opened.seedChanged)
    log.warn(
      `the starter dataset (${options.seedDir}) changed since this data was made from it; npm run lake -- --reset starts again from it (local changes are dropped)`,
    )
  if (opened.droppedTornLine)
    log.warn('the last journal line was cut short by a crash; it was never acknowledged and has been dropped')
  return {
    dataset: new Dataset(datasetName, opened.documents, opened.journal, opened.entries),
    journal: opened.journal,
    token: writeToken(paths.root),
    assets: {folder: paths.assets, baseUrl: '', projectId},
  }
}

/** The export folder's data in memory, its files served where they are; nothing is written. */
function openInMemory(seedDir: string, projectId: string, datasetName: string): OpenedLake {
  const exported = readExportFolder(seedDir, {projectId, dataset: datasetName})
  const files = new Map([...exported.assetFiles.values()].map((file) => [path.basename(file), file]))
  return {
    dataset: new Dataset(datasetName, exported.documents, undefined),
    // Never stored: only the process that started the lake can write to it.
    token: `lake_${randomBytes(24).toString('hex')}`,
    assets: {files, baseUrl: '', projectId},
  }
}

export async function startLocalLake(options: LakeOptions): Promise<RunningLake> {
  const projectId = options.projectId ?? LOCAL_PROJECT_ID
  const datasetName = options.dataset ?? 'production'
  const log = options.log ?? quietLog
  const paths = options.dataDir === undefined ? undefined : dataFolderPaths(options.dataDir, datasetName)
  const unlock = paths ? lockDataFolder(paths.root) : () => {}
  try {
    const {dataset, journal, token, assets} = paths
      ? openOnDisk(paths, options, projectId, datasetName, log)
      : openInMemory(options.seedDir, projectId, datasetName)
    const webhooks = createWebhookSender(options.webhooks ?? [], {projectId, dataset: datasetName, log})
    dataset.onCommit((transaction) => webhooks.send(transaction))

    const host = options.host ?? '127.0.0.1'
    const handlerOptions = {
      projectId,
      dataset,
      assets,
      token,
      allowedOrigins: options.allowedOrigins ?? [],
      onRequest:
        options.onRequest ??
        (options.trace
          ? ({method, path, status}: {method: string; path: string; status: number}) => log.info(`${method} ${path} ${status}`)
          : undefined),
    }
    const listenPorts = createListenPorts({secret: token, host, handler: createLakeHandler({...handlerOptions, role: 'listen'})})
    const server: Server = createServer(
      createLakeHandler({...handlerOptions, role: 'main', redirectListen: listenPorts.redirectFor}),
    )
    const presence = createPresenceSocket((origin) => origin !== undefined && handlerOptions.allowedOrigins.includes(origin))
    server.on('upgrade', presence.upgrade)
    // Slow or idle clients must not hold the lake; listeners (SSE) are long-lived by design.
    server.headersTimeout = 10_000
    server.requestTimeout = 0
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port ?? 0, host, resolve)
    })
    if (!paths) {
      // A lake in memory serves the process that started it, and never keeps that process running.
      server.unref()
      server.on('connection', (socket) => socket.unref())
      // Its one client shares its event loop: after a long synchronous stretch (a build validating a
      // page of 2,000 documents), the server's idle timer and the client's reuse of that idle
      // connection fall due together, and a request sent on a connection the server just closed
      // fails. The client closes its idle connections itself; the lake closes the rest at close().
      server.keepAliveTimeout = 0
    }
    const {port} = server.address() as AddressInfo
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
    assets.baseUrl = url
    addressAssets(dataset, assets)
    dataset.onCommit(() => {
      if (journal && journal.journalBytes > COMPACT_AT_BYTES) lake.compact()
    })
    const lake: RunningLake = {
      url,
      port,
      projectId,
      datasetName,
      token,
      dataset,
      pendingWebhooks: () => webhooks.pending(),
      compact: () => journal?.writeSnapshot(dataset.compacted()),
      async close() {
        webhooks.stop()
        presence.close()
        server.closeAllConnections()
        await new Promise<void>((resolve) => server.close(() => resolve()))
        await listenPorts.close()
        journal?.close()
        unlock()
      },
    }
    return lake
  } catch (error) {
    unlock()
    throw error
  }
}
