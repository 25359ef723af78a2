// The lake's working data, in a git-ignored folder: first filled from the starter dataset (an
// export folder), then changed only by transactions. Also holds the write token and a lock, so two
// lakes never write the same folder.
import {createHash, randomBytes} from 'node:crypto'
import {copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {readExportFolder} from './exportFormat.ts'
import {writeFileDurablySync} from '../durableFile.ts'
import {Journal, type LoadedData} from './journal.ts'
import type {LakeDocument} from './types.ts'

export interface DataFolderPaths {
  root: string
  journal: string
  assets: string
}

export function dataFolderPaths(root: string, dataset: string): DataFolderPaths {
  return {root, journal: path.join(root, dataset), assets: path.join(root, dataset, 'assets')}
}

export class DataFolderError extends Error {
  override name = 'DataFolderError'
}

/** Reads an export folder (data.ndjson + images/ + files/) into documents and copies its files. */
function importExportFolder(exportDir: string, paths: DataFolderPaths, projectId: string, dataset: string): LakeDocument[] {
  const {documents, assetFiles} = readExportFolder(exportDir, {projectId, dataset})
  mkdirSync(paths.assets, {recursive: true})
  for (const file of assetFiles.values()) copyFileSync(file, path.join(paths.assets, path.basename(file)))
  return documents
}

export interface OpenedData extends LoadedData {
  journal: Journal
  /** True when the export folder changed since the data was made from it (a `git pull`, say). */
  seedChanged: boolean
}

const SEED_FINGERPRINT = 'seed.sha1'
const ORIGIN = 'origin.json'

/** The SHA-1 of an export folder's data.ndjson: a new one means edited data. */
export const seedFingerprint = (seedDir: string) =>
  createHash('sha1')
    .update(readFileSync(path.join(seedDir, 'data.ndjson')))
    .digest('hex')

/**
 * Which export folder a dataset's data was made from, and a name for that making: a reset makes a
 * new one, so a reader that remembers what it synced knows the data started again.
 */
export interface DataOrigin {
  seedDir: string
  generation: string
}

/** The origin of the data in `paths`, when it records one. */
export function readDataOrigin(paths: DataFolderPaths): DataOrigin | undefined {
  try {
    const origin = JSON.parse(readFileSync(path.join(paths.journal, ORIGIN), 'utf8')) as Partial<DataOrigin>
    return typeof origin.seedDir === 'string' && typeof origin.generation === 'string'
      ? {seedDir: origin.seedDir, generation: origin.generation}
      : undefined
  } catch {
    return undefined
  }
}

/** Opens the dataset's folder, creating it from `seedDir` when it is empty or `reset` is set. */
export function openDataFolder(options: {
  paths: DataFolderPaths
  seedDir: string
  projectId: string
  dataset: string
  reset: boolean
}): OpenedData {
  const {paths} = options
  const journal = new Journal(paths.journal)
  const fingerprintFile = path.join(paths.journal, SEED_FINGERPRINT)
  if (options.reset || !journal.hasData) {
    rmSync(paths.journal, {recursive: true, force: true})
    const documents = importExportFolder(options.seedDir, paths, options.projectId, options.dataset)
    journal.writeSnapshot(documents)
    writeFileDurablySync(fingerprintFile, seedFingerprint(options.seedDir))
  }
  // Data folders made before origins were recorded get one now.
  if (!readDataOrigin(paths)) {
    const origin: DataOrigin = {seedDir: path.resolve(options.seedDir), generation: randomBytes(8).toString('hex')}
    writeFileDurablySync(path.join(paths.journal, ORIGIN), `${JSON.stringify(origin)}\n`)
  }
  const madeFrom = existsSync(fingerprintFile) ? readFileSync(fingerprintFile, 'utf8').trim() : undefined
  const seedChanged = existsSync(path.join(options.seedDir, 'data.ndjson')) && madeFrom !== seedFingerprint(options.seedDir)
  return {journal, ...journal.load(), seedChanged}
}

/** The token that allows writes, made once per data folder; only this machine's user can read it. */
export function writeToken(root: string): string {
  const file = path.join(root, 'token')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(root, {recursive: true})
  const token = `lake_${randomBytes(24).toString('hex')}`
  writeFileDurablySync(file, `${token}\n`)
  return token
}

/** Takes the folder's lock for this process; refuses when another live lake holds it. */
export function lockDataFolder(root: string): () => void {
  mkdirSync(root, {recursive: true})
  const file = path.join(root, 'lock')
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8'))
    let alive = false
    try {
      if (pid && pid !== process.pid) alive = process.kill(pid, 0)
    } catch {
      alive = false
    }
    if (alive)
      throw new DataFolderError(
        `Another local Content Lake (process ${pid}) is using ${root}. Stop it first, or use another LAKE_DATA_DIR.`,
      )
  }
  writeFileSync(file, String(process.pid))
  return () => rmSync(file, {force: true})
}
