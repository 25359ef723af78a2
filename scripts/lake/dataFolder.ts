// The lake's working data, in a git-ignored folder: first filled from the starter dataset (an
// export folder), then changed only by transactions. Also holds the write token and a lock, so two
// lakes never write the same folder.
import {createHash, randomBytes} from 'node:crypto'
import {copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {assetDocument, assetFileName, parseNdjson, referenceAssets, type ExportAsset} from './exportFormat.ts'
import {Journal, writeFileDurably, type LoadedData} from './journal.ts'
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
  const file = path.join(exportDir, 'data.ndjson')
  if (!existsSync(file)) throw new DataFolderError(`Cannot read the starter dataset at ${file}: the folder needs a data.ndjson.`)
  const documents: LakeDocument[] = parseNdjson(readFileSync(file, 'utf8'), file)
  const assets = new Map<string, ExportAsset>()
  for (const doc of documents) referenceAssets(doc, doc._id, assets)
  mkdirSync(paths.assets, {recursive: true})
  for (const asset of assets.values()) {
    const source = path.join(exportDir, asset.relativePath)
    if (!existsSync(source))
      throw new DataFolderError(`The dataset refers to ${asset.relativePath}, which is not in ${exportDir}.`)
    const fileName = assetFileName(asset)
    copyFileSync(source, path.join(paths.assets, fileName))
    documents.push(
      assetDocument(asset, {path: `${asset.kind}s/${projectId}/${dataset}/${fileName}`, size: statSync(source).size}),
    )
  }
  return documents
}

export interface OpenedData extends LoadedData {
  journal: Journal
  /** True when the export folder changed since the data was made from it (a `git pull`, say). */
  seedChanged: boolean
}

const SEED_FINGERPRINT = 'seed.sha1'

const fingerprintOf = (seedDir: string) =>
  createHash('sha1')
    .update(readFileSync(path.join(seedDir, 'data.ndjson')))
    .digest('hex')

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
    writeFileDurably(fingerprintFile, fingerprintOf(options.seedDir))
  }
  const madeFrom = existsSync(fingerprintFile) ? readFileSync(fingerprintFile, 'utf8').trim() : undefined
  const seedChanged = existsSync(path.join(options.seedDir, 'data.ndjson')) && madeFrom !== fingerprintOf(options.seedDir)
  return {journal, ...journal.load(), seedChanged}
}

/** The token that allows writes, made once per data folder; only this machine's user can read it. */
export function writeToken(root: string): string {
  const file = path.join(root, 'token')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(root, {recursive: true})
  const token = `lake_${randomBytes(24).toString('hex')}`
  writeFileDurably(file, `${token}\n`)
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
