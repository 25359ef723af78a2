// A snapshot of the site's sources to build from, so every build of one bench run sees the same
// code, and so caches are the bench's own: the media cache (node_modules/.cache/site-media,
// relative to the working directory) and Vite's cache (node_modules/.vite) would otherwise be
// shared with every other build on the machine. Packages are symlinked, caches are real folders.
import {execFileSync} from 'node:child_process'
import {cp, mkdir, readdir, rm, symlink} from 'node:fs/promises'
import path from 'node:path'

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..')

/**
 * What an `astro build` of the site reads from the repository (besides packages), and the
 * Content Lake stand-in, which a variant may patch too.
 */
const SOURCES = [
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'site',
  'schemas',
  'scripts/lake',
  'scripts/durableFile.ts',
  'scripts/webhook/rebuildWebhook.ts',
  'scripts/bench/contentLakeStandIn.ts',
  'scripts/bench/contentSourceMap.ts',
]

/** Caches a build writes below node_modules: kept out of the symlinked packages. */
const CACHE_ENTRIES = new Set(['.cache', '.vite', '.astro'])

/** A node_modules folder whose entries link to the repository's, apart from the cache folders. */
export async function linkPackages(targetDir: string): Promise<void> {
  const source = path.join(REPO_ROOT, 'node_modules')
  const target = path.join(targetDir, 'node_modules')
  await mkdir(target, {recursive: true})
  for (const entry of await readdir(source)) {
    if (CACHE_ENTRIES.has(entry)) continue
    await symlink(path.join(source, entry), path.join(target, entry))
  }
}

/** The variants named on the command line ("a,b"), each a patch in scripts/bench/variants/. */
export function variantNames(list: string | undefined): string[] {
  return list ? list.split(',').map((name) => name.trim()) : []
}

export function variantPatchFile(name: string): string {
  return path.join(import.meta.dirname, 'variants', `${name}.patch`)
}

/**
 * Copies the site into `dir` (emptied first). `patchFiles`, unified diffs against the repository,
 * are applied to the copy in order: how a proposed pipeline change is measured without touching
 * site/. Returns the patches skipped because the repository already has them.
 */
export async function copySite(dir: string, patchFiles: readonly string[] = []): Promise<{skipped: string[]}> {
  await rm(dir, {recursive: true, force: true})
  await mkdir(dir, {recursive: true})
  for (const entry of SOURCES) await cp(path.join(REPO_ROOT, entry), path.join(dir, entry), {recursive: true})
  // No .env is copied: a developer's Sanity settings must not reach the measured builds.
  await linkPackages(dir)
  // GNU patch, not `git apply`: the copy may sit inside this repository, where git would resolve
  // the diff's paths against the repository root instead of the copy.
  const skipped: string[] = []
  for (const patchFile of patchFiles) {
    if (isApplied(dir, patchFile)) skipped.push(path.basename(patchFile, '.patch'))
    else applyPatch(dir, patchFile)
  }
  return {skipped}
}

/** A variant the repository has since adopted is a no-op, not an error. */
function isApplied(dir: string, patchFile: string): boolean {
  try {
    // --force, not --batch: with --batch, patch ignores --reverse on a patch not yet applied, and succeeds.
    execFileSync('patch', ['-p1', '--force', '--dry-run', '--reverse', '-i', path.resolve(patchFile)], {cwd: dir, stdio: 'pipe'})
    return true
  } catch {
    return false
  }
}

function applyPatch(dir: string, patchFile: string) {
  try {
    execFileSync('patch', ['-p1', '--batch', '--forward', '-i', path.resolve(patchFile)], {cwd: dir, stdio: 'pipe'})
  } catch (error) {
    const output = String((error as {stdout?: Buffer}).stdout ?? '')
    throw new Error(`${path.basename(patchFile)} no longer applies to the site; update it:\n${output}`)
  }
}

/** Every cache an `astro build` in `dir` reads: what a cold build starts without. */
export async function clearBuildCaches(dir: string, astroCacheDir: string): Promise<void> {
  for (const cache of [astroCacheDir, ...[...CACHE_ENTRIES].map((entry) => path.join(dir, 'node_modules', entry))])
    await rm(cache, {recursive: true, force: true})
  await rm(path.join(dir, '.astro'), {recursive: true, force: true})
}
