// Starts a local Content Lake over a fresh copy of the starter dataset, in a temporary folder.
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {createClient, type SanityClient} from '@sanity/client'
import {startLocalLake, type LakeOptions, type RunningLake} from '../../scripts/lake/lake.ts'
import {SEED_DIR} from '../support/paths'

export interface TestLake {
  lake: RunningLake
  dataDir: string
  /** A client with the write token, as the Studio and scripts use it. */
  client: SanityClient
  /** A client without a token, as a public build reads. */
  anonymous: SanityClient
  close(): Promise<void>
}

export function lakeClient(lake: Pick<RunningLake, 'projectId' | 'datasetName' | 'url'>, token?: string): SanityClient {
  return createClient({
    projectId: lake.projectId,
    dataset: lake.datasetName,
    apiVersion: '2025-02-19',
    apiHost: lake.url,
    useProjectHostname: false,
    useCdn: false,
    token,
  })
}

export async function startTestLake(options: Partial<LakeOptions> = {}): Promise<TestLake> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'lake-'))
  const lake = await startLocalLake({dataDir, seedDir: SEED_DIR, ...options})
  return {
    lake,
    dataDir,
    client: lakeClient(lake, lake.token),
    anonymous: lakeClient(lake),
    async close() {
      await lake.close()
      if (!options.dataDir) rmSync(dataDir, {recursive: true, force: true})
    },
  }
}
