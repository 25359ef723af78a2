// Portable Text bodies are most of the content's weight: kept in Astro's content store, they are
// serialised into data-store.json on every sync and bundled whole into the server build (258 MB at
// 10,000 documents). The loader stores each body in its own file instead, named by its content
// hash, and the store keeps that name; pages read a body only when they render it.
import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {readdir, rm} from 'node:fs/promises'
import path from 'node:path'
import {buildCacheFolder} from '../config/config'
import {writeFileAtomically} from './writeFileAtomically'
import {fieldOf} from './fieldOf'

/** The top-level field moved out of the store. */
const BODY = 'body'
/** Where the store keeps the body's file name instead. */
const BODY_FILE = '_bodyFile'

export function bodyCacheDir(): string {
  return buildCacheFolder('bodies')
}

/** The name of a stored entry's body file, if it has one. */
function bodyFileOf(stored: unknown): string | undefined {
  const file = fieldOf(stored, BODY_FILE)
  return typeof file === 'string' ? file : undefined
}

/**
 * The entry as the store keeps it: without its body, which is written to `<dir>/<collection>/`
 * under its hash, so a changed body changes the entry's digest and an unchanged one is not rewritten.
 */
export async function detachBody(
  collection: string,
  data: Record<string, unknown>,
  dir = bodyCacheDir(),
): Promise<Record<string, unknown>> {
  if (!Array.isArray(data[BODY])) return data
  const {[BODY]: body, ...rest} = data
  const json = JSON.stringify(body)
  const file = `${collection}/${createHash('sha256').update(json).digest('hex').slice(0, 32)}.json`
  const target = path.join(dir, file)
  if (!existsSync(target)) {
    await writeFileAtomically(target, json)
  }
  return {...rest, [BODY_FILE]: file}
}

/**
 * The entry as pages see it: `body` is read from its file when a page asks for it, so a build
 * holds only the bodies of the pages it is rendering.
 */
export function attachBody<T>(stored: T, dir = bodyCacheDir()): T {
  const file = bodyFileOf(stored)
  if (file === undefined) return stored
  const {[BODY_FILE]: _file, ...data} = stored as Record<string, unknown>
  return Object.defineProperty(data, BODY, {
    enumerable: true,
    get: () => readBody(path.join(dir, file), String(data._id)),
  }) as T
}

/** The last few bodies read: a page reads its body more than once (rich text, FAQ structured data). */
const recentBodies = new Map<string, unknown>()
const RECENT_BODIES = 8

function readBody(file: string, id: string): unknown {
  const recent = recentBodies.get(file)
  if (recent !== undefined) return recent
  try {
    const body: unknown = JSON.parse(readFileSync(file, 'utf8'))
    recentBodies.set(file, body)
    for (const oldest of recentBodies.keys()) {
      if (recentBodies.size <= RECENT_BODIES) break
      recentBodies.delete(oldest)
    }
    return body
  } catch (error) {
    throw new Error(
      `The body of document "${id}" is missing from the build cache (${file}); the next build loads all content again.`,
      {cause: error},
    )
  }
}

/** Whether every body the stored entries name is on disk (the cache may have been cleared in part). */
export function bodiesPresent(entries: Iterable<unknown>, dir = bodyCacheDir()): boolean {
  for (const data of entries) {
    const file = bodyFileOf(data)
    if (file !== undefined && !existsSync(path.join(dir, file))) return false
  }
  return true
}

/** Deletes the body files of a collection that no stored entry names any more. */
export async function pruneBodies(collection: string, entries: Iterable<unknown>, dir = bodyCacheDir()): Promise<void> {
  const kept = new Set<string>()
  for (const data of entries) {
    const file = bodyFileOf(data)
    if (file !== undefined) kept.add(path.basename(file))
  }
  const folder = path.join(dir, collection)
  const files = await readdir(folder).catch(() => [])
  await Promise.all(files.filter((name) => !kept.has(name)).map((name) => rm(path.join(folder, name), {force: true})))
}
