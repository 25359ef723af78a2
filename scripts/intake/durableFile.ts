// Writes that survive a crash: a file is written under a temporary name, flushed, renamed into place
// and its folder flushed, so after a power cut or a SIGKILL it is either complete or absent.
import {randomBytes} from 'node:crypto'
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

export async function writeFileDurably(file: string, data: Buffer | string, mode = 0o600): Promise<void> {
  // A hidden name, so file browsers and mail programs looking at the folder never show it half-written.
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}${PARTIAL_SUFFIX}`)
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
