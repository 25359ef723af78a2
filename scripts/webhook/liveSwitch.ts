// The live site is a symlink to one complete build folder. Switching it is atomic: a new link is
// made under a temporary name and renamed over the old one (rename(2) replaces atomically on
// POSIX), so a web server reading through it sees the old site or the new one, never a mix.
import {randomBytes} from 'node:crypto'
import {lstat, mkdir, readdir, readlink, rename, rm, symlink} from 'node:fs/promises'
import path from 'node:path'

/** Every folder (and log) a build creates starts with this, and cleaning touches nothing else. */
const BUILD_PREFIX = 'build-'
const TEMP_LINK_MARKER = '.tmp-link-'

/** A new, unique build folder name under `workDir`, sorting by start time; the folder itself is not created. */
export async function newBuildDir(workDir: string): Promise<string> {
  await mkdir(workDir, {recursive: true})
  const stamp = new Date().toISOString().replace(/[-:.]/g, '')
  return path.join(workDir, `${BUILD_PREFIX}${stamp}-${randomBytes(3).toString('hex')}`)
}

/** The absolute folder a symlink points at; null when there is no link yet. */
export async function readLinkTarget(link: string): Promise<string | null> {
  try {
    return path.resolve(path.dirname(link), await readlink(link))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** Refuses to start over a real folder or file where the live link belongs. */
export async function assertLinkOrMissing(link: string, variable: string): Promise<void> {
  const stats = await lstat(link).catch(() => null)
  if (stats && !stats.isSymbolicLink()) {
    throw new Error(
      `${variable} (${link}) exists and is not a symlink: move it away, the service keeps a symlink there that it switches atomically.`,
    )
  }
}

/** Points `link` at `target` in one atomic step. */
export async function pointLink(link: string, target: string): Promise<void> {
  const parent = path.dirname(link)
  await mkdir(parent, {recursive: true})
  const temp = path.join(parent, `${path.basename(link)}${TEMP_LINK_MARKER}${randomBytes(4).toString('hex')}`)
  // Relative, so the whole folder can be moved or mounted elsewhere without breaking the link.
  await symlink(path.relative(parent, target), temp)
  try {
    await rename(temp, link)
  } catch (error) {
    await rm(temp, {force: true})
    throw error
  }
}

/** Deletes build folders and logs other than `keep`, and temporary links a crash left behind. */
export async function removeStaleBuilds(workDir: string, keep: readonly string[]): Promise<void> {
  const entries = await readdir(workDir).catch(() => [])
  const kept = new Set(keep.map((dir) => path.basename(dir)))
  await Promise.all(
    entries
      .filter((name) => {
        if (name.includes(TEMP_LINK_MARKER)) return true
        if (!name.startsWith(BUILD_PREFIX)) return false
        return !kept.has(name.replace(/\.log$/, ''))
      })
      .map((name) => rm(path.join(workDir, name), {recursive: true, force: true})),
  )
}

export async function removeTempLinksBeside(link: string): Promise<void> {
  const parent = path.dirname(link)
  const prefix = `${path.basename(link)}${TEMP_LINK_MARKER}`
  const entries = await readdir(parent).catch(() => [])
  await Promise.all(entries.filter((name) => name.startsWith(prefix)).map((name) => rm(path.join(parent, name), {force: true})))
}
