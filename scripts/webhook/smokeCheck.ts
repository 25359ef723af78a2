// Decides whether a finished build looks like a whole site before it is allowed to go live: a
// build can exit 0 and still have lost most of its pages (an empty dataset, a wrong project id).
import {access, readdir} from 'node:fs/promises'
import path from 'node:path'

/** A new build may shrink, but not below this share of the live site's pages. */
export const MIN_SHARE_OF_LIVE_PAGES = 0.5

export async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length
}

export interface SmokeInput {
  hasIndex: boolean
  pageCount: number
  minPages: number
  /** Pages of the site that is live now; null when nothing is live yet. */
  livePageCount: number | null
}

/** Why a build must not go live, or null when it may. */
export function smokeFailure({hasIndex, pageCount, minPages, livePageCount}: SmokeInput): string | null {
  if (!hasIndex) return 'the build wrote no index.html'
  if (pageCount < minPages) return `the build wrote ${pageCount} pages, fewer than SMOKE_MIN_PAGES (${minPages})`
  if (livePageCount !== null && pageCount < livePageCount * MIN_SHARE_OF_LIVE_PAGES) {
    return `the build wrote ${pageCount} pages, less than half of the ${livePageCount} live ones`
  }
  return null
}

export type SmokeCheck = {ok: true; pageCount: number} | {ok: false; pageCount: number; reason: string}

export async function smokeCheck(outDir: string, minPages: number, livePageCount: number | null): Promise<SmokeCheck> {
  const [pageCount, hasIndex] = await Promise.all([
    countPages(outDir).catch(() => 0),
    access(path.join(outDir, 'index.html')).then(
      () => true,
      () => false,
    ),
  ])
  const reason = smokeFailure({hasIndex, pageCount, minPages, livePageCount})
  return reason ? {ok: false, pageCount, reason} : {ok: true, pageCount}
}
