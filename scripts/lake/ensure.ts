// Uses the local Content Lake that is already running on this machine, or starts one in this
// process: the Studio, the site build and `npm start` all share one lake and one data folder.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {LOCAL_PROJECT_ID} from './address.ts'
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

export async function ensureLocalLake(options: {
  cwd: string
  env?: Record<string, string | undefined>
  log?: (message: string) => void
  webhooks?: WebhookConfig[]
}): Promise<LakeHandle> {
  const env = options.env ?? process.env
  const settings = lakeSettings({...env, LAKE_DATA_DIR: env.LAKE_DATA_DIR ?? path.join(options.cwd, '.lake')})
  const url = `http://127.0.0.1:${settings.port}`
  if (settings.port !== 0 && (await answers(url))) {
    // A running lake was started without our webhooks; publishing would then rebuild nothing.
    if (options.webhooks?.length)
      throw new Error(
        `A local Content Lake is already running on ${url} (npm run studio or npm run lake?). Stop it first: npm start runs its own.`,
      )
    const token = readFileSync(path.join(settings.dataDir, 'token'), 'utf8').trim()
    options.log?.(`using the local Content Lake already running on ${url}`)
    return {
      url,
      browserUrl: `http://localhost:${settings.port}`,
      token,
      projectId: LOCAL_PROJECT_ID,
      dataset: settings.dataset,
      stop: async () => {},
    }
  }
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
