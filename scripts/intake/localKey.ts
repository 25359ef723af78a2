// Local development only: the spool key kept in a file in the git-ignored data folder, made on the
// first start. In production the key comes from INTAKE_SPOOL_KEY and is never written by us.
import {mkdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {generateKey, KEY_BYTES} from './crypto.ts'
import {writeFileDurably} from '../durableFile.ts'

export type KeyFileResult = {key: Buffer; created: boolean}

export async function loadOrCreateKeyFile(file: string): Promise<KeyFileResult> {
  let text: string | undefined
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  if (text !== undefined) {
    const key = Buffer.from(text.trim(), 'base64')
    if (key.length !== KEY_BYTES) {
      throw new Error(
        `${file} does not hold a spool key (${KEY_BYTES} bytes in base64); restore it, or delete it together with the spool folder.`,
      )
    }
    return {key, created: false}
  }
  await mkdir(path.dirname(file), {recursive: true, mode: 0o700})
  const key = generateKey()
  await writeFileDurably(file, `${key.toString('base64')}\n`, 0o600)
  return {key, created: true}
}
