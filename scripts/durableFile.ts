// Writes that survive a crash: a file is written under a temporary name, flushed, renamed into place
// and its folder flushed, so after a power cut or a SIGKILL it is either complete or absent. The
// intake receiver writes this way without blocking; the local Content Lake commits a transaction
// in one synchronous step, so it has the same writes in synchronous form.
import {randomBytes} from 'node:crypto'
import {closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync} from 'node:fs'
import {open, rename, rm, unlink} from 'node:fs/promises'
import path from 'node:path'

/** Suffix of a file being written; one left behind by a crash was never acknowledged. */
export const PARTIAL_SUFFIX = '.partial'

/** Flushes a folder's entries (a rename or an unlink in it) to disk. */
export async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** The name `file` is written under until it is complete. */
function partialNameFor(file: string): string {
  // A hidden name, so file browsers and mail programs looking at the folder never show it half-written;
  // a random part, so two writers of one file never take each other's.
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}${PARTIAL_SUFFIX}`)
}

export async function writeFileDurably(file: string, data: Uint8Array | string, mode = 0o600): Promise<void> {
  const partial = partialNameFor(file)
  const handle = await open(partial, 'wx', mode)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close()
    await rm(partial, {force: true})
    throw error
  }
  await handle.close()
  await rename(partial, file)
  await syncFolder(path.dirname(file))
}

/** Deletes a file and makes the deletion durable; a file already gone counts as deleted. */
export async function removeFileDurably(file: string): Promise<void> {
  try {
    await unlink(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    return
  }
  await syncFolder(path.dirname(file))
}

/** syncFolder, for a caller that must not yield before its write is on disk. */
export function syncFolderSync(dir: string): void {
  const fd = openSync(dir, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** writeFileDurably, for a caller that must not yield before its write is on disk. */
export function writeFileDurablySync(file: string, data: Uint8Array | string, mode = 0o600): void {
  const partial = partialNameFor(file)
  const fd = openSync(partial, 'wx', mode)
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data)
    fsyncSync(fd)
  } catch (error) {
    closeSync(fd)
    rmSync(partial, {force: true})
    throw error
  }
  closeSync(fd)
  renameSync(partial, file)
  syncFolderSync(path.dirname(file))
}
