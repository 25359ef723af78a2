// Uses the local Content Lake that is already running on this machine, or starts one in this
// process: the Studio, the site build and `npm start` all share one lake and one data folder.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {LOCAL_PROJECT_ID} from './address.ts'
import {dataFolderPaths, readDataOrigin, type DataOrigin} from './dataFolder.ts'
import {startLocalLake, type RunningLake} from './lake.ts'
import {lakeSettings} from './settings.ts'
import type {WebhookConfig} from './webhooks.ts'

export interface LakeHandle {
  /** The API address for Node clients (127.0.0.1). */
  url: string
  /** The address for the browser; the Studio puts the project id in front of the host name. */
  browserUrl: string
  token: string
  projectId: string
  dataset: string
  /** The lake, when this process started it. */
  running?: RunningLake
  stop(): Promise<void>
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/v1/ping`, {signal: AbortSignal.timeout(1000)})
    return response.ok
  } catch {
    return false
  }
}

type Env = Record<string, string | undefined>

const settingsFor = (cwd: string, env: Env) => lakeSettings({...env, LAKE_DATA_DIR: env.LAKE_DATA_DIR ?? path.join(cwd, '.lake')})

/** The lake running on LAKE_PORT (not 0), when one answers, and where its data came from. */
async function runningLake(cwd: string, env: Env): Promise<(LakeHandle & {origin?: DataOrigin}) | undefined> {
  const settings = settingsFor(cwd, env)
  const url = `http://127.0.0.1:${settings.port}`
  if (settings.port === 0 || !(await answers(url))) return undefined
  const token = readFileSync(path.join(settings.dataDir, 'token'), 'utf8').trim()
  return {
    url,
    browserUrl: `http://localhost:${settings.port}`,
    token,
    projectId: LOCAL_PROJECT_ID,
    dataset: settings.dataset,
    origin: readDataOrigin(dataFolderPaths(settings.dataDir, settings.dataset)),
    stop: async () => {},
  }
}

/**
 * The running lake when its data was made from the export folder `seedDir`, so a build reads what
 * editors changed in the Studio; `generation` changes when that data starts again from the folder.
 */
export async function runningLakeFor(
  seedDir: string,
  options: {cwd: string; env?: Env},
): Promise<(LakeHandle & {generation: string}) | undefined> {
  const running = await runningLake(options.cwd, options.env ?? process.env).catch(() => undefined)
  if (!running?.origin || running.origin.seedDir !== path.resolve(options.cwd, seedDir)) return undefined
  return {...running, generation: running.origin.generation}
}

export async function ensureLocalLake(options: {
  cwd: string
  env?: Env
  log?: (message: string) => void
  webhooks?: WebhookConfig[]
}): Promise<LakeHandle> {
  const env = options.env ?? process.env
  const running = await runningLake(options.cwd, env)
  if (running) {
    // A running lake was started without our webhooks; publishing would then rebuild nothing.
    if (options.webhooks?.length)
      throw new Error(
        `A local Content Lake is already running on ${running.url} (npm run studio or npm run lake?). Stop it first: npm start runs its own.`,
      )
    options.log?.(`using the local Content Lake already running on ${running.url}`)
    return running
  }
  const settings = settingsFor(options.cwd, env)
  const lake = await startLocalLake({
    ...settings,
    webhooks: [...settings.webhooks, ...(options.webhooks ?? [])],
    log: {info: (message) => options.log?.(message), warn: (message) => options.log?.(message)},
  })
  options.log?.(`local Content Lake on ${lake.url}: a development server for this machine, not connected to sanity.io`)
  return {
    url: lake.url,
    browserUrl: `http://localhost:${lake.port}`,
    token: lake.token,
    projectId: lake.projectId,
    dataset: lake.datasetName,
    running: lake,
    stop: () => lake.close(),
  }
}
