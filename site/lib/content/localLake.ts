// The content source of a build with no Sanity project: the local Content Lake, read through
// @sanity/client exactly as sanity.io is (sanitySource.ts). The lake running on this machine is read
// when its data was made from the same export folder (SEED_DIR), so what editors changed in the
// Studio shows; otherwise this process starts a lake in memory over the folder, on a worker thread
// (so it answers from the second core), which writes nothing and stops once unused for a moment (a
// build renders long after its content sync).
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {seedFingerprint} from '../../../scripts/lake/dataFolder.ts'
import {runningLakeFor} from '../../../scripts/lake/ensure.ts'
import {ExportFormatError} from '../../../scripts/lake/exportFormat.ts'
import {startLakeInWorker, type LakeInWorker} from '../../../scripts/lake/lakeInWorker.ts'
import {DEFAULT_API_VERSION} from '../config/config'
import type {Perspective} from './perspective'
import {createSanitySource} from './sanitySource'
import type {ContentSource} from './source'

/** How long an unused lake in memory is kept: its parsed dataset is a gigabyte at 10,000 documents. */
const RELEASE_AFTER_MS = 5000

interface LakeInMemory {
  /** The data file's size and modification time when the lake read it. */
  stamp: string
  lake: Promise<LakeInWorker>
  users: number
  retired: boolean
  release?: NodeJS.Timeout
}

/** One lake per export folder in this process, shared by its sources (the preview has two). */
const lakes = new Map<string, LakeInMemory>()

async function stampOf(seedDir: string): Promise<string> {
  const file = path.join(seedDir, 'data.ndjson')
  const stats = await stat(file).catch(() => {
    throw new ExportFormatError(`Cannot read the dataset at ${file}. Set SEED_DIR to a folder that holds data.ndjson.`)
  })
  return `${stats.size}:${stats.mtimeMs}`
}

function retire(entry: LakeInMemory, seedDir: string) {
  entry.retired = true
  if (lakes.get(seedDir) === entry) lakes.delete(seedDir)
  if (entry.users === 0) void entry.lake.then((lake) => lake.close()).catch(() => undefined)
}

/** Runs `use` with the lake in memory over `seedDir`, started again when the data file changed. */
async function withLakeInMemory<T>(seedDir: string, use: (lake: LakeInWorker) => Promise<T>): Promise<T> {
  const stamp = await stampOf(seedDir)
  let entry = lakes.get(seedDir)
  if (entry && entry.stamp !== stamp) retire(entry, seedDir)
  if (!entry || entry.retired) {
    entry = {stamp, lake: startLakeInWorker({seedDir}), users: 0, retired: false}
    lakes.set(seedDir, entry)
  }
  const current = entry
  current.users++
  clearTimeout(current.release)
  try {
    return await use(await current.lake)
  } finally {
    if (--current.users === 0) {
      if (current.retired) retire(current, seedDir)
      else current.release = setTimeout(() => retire(current, seedDir), RELEASE_AFTER_MS).unref()
    }
  }
}

function sourceOn(lake: {projectId: string; dataset: string; url: string; token: string}, perspective: Perspective) {
  return createSanitySource(
    {
      kind: 'sanity',
      projectId: lake.projectId,
      dataset: lake.dataset,
      apiVersion: DEFAULT_API_VERSION,
      apiHost: lake.url,
      token: lake.token,
    },
    perspective,
  )
}

export async function createLocalLakeSource(seedDir: string, perspective: Perspective = 'published'): Promise<ContentSource> {
  const folder = path.resolve(seedDir)
  const shown = path.relative(process.cwd(), folder) || '.'
  const running = await runningLakeFor(folder, {cwd: process.cwd()})
  if (running) {
    // Its `_updatedAt` are exact, as sanity.io's; a reset starts a new generation.
    const source = sourceOn(running, perspective)
    return {...source, label: `the local Content Lake on ${running.url}`, generation: running.generation}
  }
  await stampOf(folder) // a missing dataset is reported when the source is made
  // The source of the lake now in memory; a lake started again (an edited file) gets a new one.
  let current: {lake: LakeInWorker; source: ContentSource} | undefined
  const withSource = <T>(use: (source: ContentSource) => Promise<T>) =>
    withLakeInMemory(folder, (lake) => {
      if (current?.lake !== lake) current = {lake, source: sourceOn({...lake, dataset: lake.datasetName}, perspective)}
      return use(current.source)
    })
  let hashed: {stamp: string; revision: string} | undefined
  return {
    label: `the local Content Lake in memory (${shown})`,
    scalesImages: true,
    fetch: (query, params) => withSource((source) => source.fetch(query, params)),
    imageBytes: (asset, width) => withSource((source) => source.imageBytes(asset, width)),
    // A hand-edited file keeps its `_updatedAt`: a new file forces a full sync. Hashed once per
    // version, without starting the lake, so an unchanged dataset costs a build no query at all.
    async revision() {
      const stamp = await stampOf(folder)
      if (hashed?.stamp !== stamp) hashed = {stamp, revision: seedFingerprint(folder)}
      return hashed.revision
    },
  }
}
