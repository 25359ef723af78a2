// The lake's data on disk: a snapshot of every document, and an append-only journal of the
// transactions since. A transaction is written and flushed before it is acknowledged; each journal
// line holds the documents as they are after the transaction, so replaying a line twice (after a
// crash between a compaction and the journal reset) changes nothing.
import {closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, truncateSync, writeSync} from 'node:fs'
import path from 'node:path'
import {syncFolderSync, writeFileDurablySync} from '../durableFile.ts'
import type {LakeDocument, Transaction} from './types.ts'

const SNAPSHOT = 'snapshot.ndjson'
const JOURNAL = 'journal.ndjson'

export interface JournalEntry {
  id: string
  timestamp: string
  author: string
  mutations: Record<string, unknown>[]
  documents: {id: string; after: LakeDocument | null}[]
}

export interface LoadedData {
  documents: LakeDocument[]
  /** Transactions since the snapshot, oldest first. */
  entries: JournalEntry[]
  /** Set when a torn last line (a crash while writing it) was dropped. */
  droppedTornLine: boolean
}

export class JournalError extends Error {
  override name = 'JournalError'
}

/** Flushes a folder's entry list, so a rename inside it survives a power cut. */
function parseLines<T>(text: string, file: string, {tolerateTornEnd}: {tolerateTornEnd: boolean}) {
  const lines = text.split('\n')
  const values: T[] = []
  let goodBytes = 0
  let droppedTornLine = false
  for (const [index, line] of lines.entries()) {
    const isLast = index === lines.length - 1
    if (line.trim() === '') {
      goodBytes += Buffer.byteLength(line) + (isLast ? 0 : 1)
      continue
    }
    try {
      // A last line without its newline was cut short by a crash, even when it happens to parse.
      if (isLast && tolerateTornEnd) throw new Error('no newline at the end')
      values.push(JSON.parse(line) as T)
      goodBytes += Buffer.byteLength(line) + 1
    } catch (error) {
      if (isLast && tolerateTornEnd) {
        droppedTornLine = true
        break
      }
      throw new JournalError(
        `${file}:${index + 1} is damaged (${(error as Error).message}); restore it from a backup or start again with --reset.`,
      )
    }
  }
  return {values, goodBytes, droppedTornLine}
}

export class Journal {
  readonly folder: string
  private fd: number | undefined
  /** The journal's size, kept as it is written, so each commit need not ask the file system. */
  private bytes = 0

  constructor(folder: string) {
    this.folder = folder
  }

  get hasData(): boolean {
    return existsSync(path.join(this.folder, SNAPSHOT))
  }

  get journalBytes(): number {
    return this.bytes
  }

  /** Reads the snapshot and the journal; a torn last journal line is cut off the file. */
  load(): LoadedData {
    const snapshotFile = path.join(this.folder, SNAPSHOT)
    const documents = parseLines<LakeDocument>(readFileSync(snapshotFile, 'utf8'), snapshotFile, {tolerateTornEnd: false}).values
    const journalFile = path.join(this.folder, JOURNAL)
    this.bytes = 0
    if (!existsSync(journalFile)) return {documents, entries: [], droppedTornLine: false}
    const parsed = parseLines<JournalEntry>(readFileSync(journalFile, 'utf8'), journalFile, {tolerateTornEnd: true})
    if (parsed.droppedTornLine) {
      truncateSync(journalFile, parsed.goodBytes)
      syncFolderSync(this.folder)
    }
    this.bytes = parsed.goodBytes
    return {documents, entries: parsed.values, droppedTornLine: parsed.droppedTornLine}
  }

  /** Replaces everything with `documents` and an empty journal. */
  writeSnapshot(documents: Iterable<LakeDocument>) {
    mkdirSync(this.folder, {recursive: true})
    this.close()
    let text = ''
    for (const doc of documents) text += `${JSON.stringify(doc)}\n`
    writeFileDurablySync(path.join(this.folder, SNAPSHOT), text)
    writeFileDurablySync(path.join(this.folder, JOURNAL), '')
    this.bytes = 0
  }

  /** Appends one transaction and flushes it to disk before returning. */
  append(transaction: Transaction) {
    const entry: JournalEntry = {
      id: transaction.id,
      timestamp: transaction.timestamp,
      author: transaction.author,
      mutations: transaction.mutations,
      documents: transaction.documents.map(({id, after}) => ({id, after})),
    }
    const line = Buffer.from(`${JSON.stringify(entry)}\n`)
    this.fd ??= openSync(path.join(this.folder, JOURNAL), 'a')
    writeSync(this.fd, line)
    fsyncSync(this.fd)
    this.bytes += line.length
  }

  close() {
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
  }
}
