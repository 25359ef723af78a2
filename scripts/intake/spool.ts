// The spool: accepted inquiries waiting for the mail server, one encrypted file each. A file is
// complete and flushed before the visitor is thanked, and deleted only once the mail server has
// accepted its message, so neither a crash nor a mail outage loses one. File names carry only the
// time received and a random id; everything a person wrote is inside the encryption.
import {randomBytes} from 'node:crypto'
import {mkdir, readdir, readFile, rename, rm} from 'node:fs/promises'
import path from 'node:path'
import {seal, unseal} from './crypto.ts'
import {PARTIAL_SUFFIX, removeFileDurably, syncFolder, writeFileDurably} from '../durableFile.ts'
import type {Inquiry} from './form.ts'

const EXTENSION = '.inquiry'
/** Files that cannot be decrypted (another key, damage) are moved here for a person to look at. */
export const UNREADABLE_FOLDER = 'unreadable'
const ID_PATTERN = /^(\d{13})-([0-9a-f]{16})$/

export interface SpoolRecord {
  id: string
  /** ISO time the receiver accepted the inquiry. */
  receivedAt: string
  inquiry: Inquiry
}

export interface SpoolEntry {
  id: string
  /** Milliseconds since the epoch, from the file name: no decryption needed to know a record's age. */
  receivedAt: number
}

export interface Spool {
  dir: string
  /** Creates the folder and deletes files a crash left half-written (never acknowledged to anyone). */
  prepare(): Promise<{partialsRemoved: number}>
  /** Encrypts and durably writes an inquiry; resolves once it is on disk. */
  add(inquiry: Inquiry, receivedAt: Date): Promise<SpoolRecord>
  /** The waiting records, oldest first. */
  list(): Promise<SpoolEntry[]>
  /** Decrypts a record; throws UnreadableRecord if that is impossible. */
  read(id: string): Promise<SpoolRecord>
  /** Deletes a delivered record, durably. */
  remove(id: string): Promise<void>
  /** Moves a record that cannot be decrypted out of the queue. */
  setAside(id: string): Promise<void>
  countUnreadable(): Promise<number>
}

const fileOf = (dir: string, id: string) => path.join(dir, `${id}${EXTENSION}`)

export function newRecordId(receivedAt: Date): string {
  return `${String(receivedAt.getTime()).padStart(13, '0')}-${randomBytes(8).toString('hex')}`
}

export function createSpool(dir: string, key: Buffer): Spool {
  const unreadableDir = path.join(dir, UNREADABLE_FOLDER)
  return {
    dir,
    async prepare() {
      await mkdir(dir, {recursive: true, mode: 0o700})
      const partials = (await readdir(dir)).filter((name) => name.endsWith(PARTIAL_SUFFIX))
      for (const name of partials) await rm(path.join(dir, name), {force: true})
      if (partials.length > 0) await syncFolder(dir)
      return {partialsRemoved: partials.length}
    },
    async add(inquiry, receivedAt) {
      const record: SpoolRecord = {id: newRecordId(receivedAt), receivedAt: receivedAt.toISOString(), inquiry}
      const plaintext = Buffer.from(JSON.stringify(record), 'utf8')
      await writeFileDurably(fileOf(dir, record.id), seal(key, plaintext, record.id))
      return record
    },
    async list() {
      const entries: SpoolEntry[] = []
      for (const name of await readdir(dir)) {
        if (!name.endsWith(EXTENSION)) continue
        const id = name.slice(0, -EXTENSION.length)
        const match = ID_PATTERN.exec(id)
        if (match?.[1]) entries.push({id, receivedAt: Number(match[1])})
      }
      return entries.sort((a, b) => a.receivedAt - b.receivedAt || a.id.localeCompare(b.id))
    },
    async read(id) {
      const plaintext = unseal(key, await readFile(fileOf(dir, id)), id)
      // Authenticated by the key: only this service, with this key, can have written it.
      return JSON.parse(plaintext.toString('utf8')) as SpoolRecord
    },
    remove: (id) => removeFileDurably(fileOf(dir, id)),
    async setAside(id) {
      await mkdir(unreadableDir, {recursive: true, mode: 0o700})
      await rename(fileOf(dir, id), fileOf(unreadableDir, id))
      await syncFolder(unreadableDir)
      await syncFolder(dir)
    },
    async countUnreadable() {
      try {
        return (await readdir(unreadableDir)).filter((name) => name.endsWith(EXTENSION)).length
      } catch {
        return 0
      }
    },
  }
}
