// Files the loader writes into the build cache (bodies, mirrored images): written beside their
// final name and renamed, so a build stopped mid-write, or one running beside it, never reads half
// a file. The folder is made only when a write finds it missing: one mkdir per file costs more
// than the files' writes at 10,000 documents.
import {randomUUID} from 'node:crypto'
import {mkdir, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fieldOf} from './fieldOf'

export async function writeFileAtomically(file: string, content: string | Uint8Array): Promise<void> {
  const partial = `${file}.${process.pid}-${randomUUID()}.partial`
  await writeFile(partial, content).catch(async (error: unknown) => {
    if (fieldOf(error, 'code') !== 'ENOENT') throw error
    await mkdir(path.dirname(file), {recursive: true})
    await writeFile(partial, content)
  })
  await rename(partial, file)
}
