import {mkdirSync, mkdtempSync, readFileSync, readlinkSync, readdirSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {
  assertLinkOrMissing,
  newBuildDir,
  pointLink,
  readLinkTarget,
  removeStaleBuilds,
  removeTempLinksBeside,
} from '../../scripts/webhook/liveSwitch.ts'
import {smokeCheck, smokeFailure} from '../../scripts/webhook/smokeCheck.ts'

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'live-switch-'))

async function makeBuildDir(work: string) {
  const dir = await newBuildDir(work)
  mkdirSync(dir)
  return dir
}

function writeSite(dir: string, pages: number) {
  for (let page = 0; page < pages; page++) {
    const file = path.join(dir, page === 0 ? '' : `p${page}`, 'index.html')
    mkdirSync(path.dirname(file), {recursive: true})
    writeFileSync(file, `<p>${page}</p>`)
  }
}

describe('smoke check', () => {
  it('lets a whole site through and counts its pages', async () => {
    const dir = tempDir()
    writeSite(dir, 7)
    writeFileSync(path.join(dir, 'robots.txt'), '')
    expect(await smokeCheck(dir, 5, null)).toEqual({ok: true, pageCount: 7})
  })

  it('stops a build without index.html, with too few pages, or with less than half the live pages', () => {
    expect(smokeFailure({hasIndex: false, pageCount: 10, minPages: 5, livePageCount: null})).toMatch(/index\.html/)
    expect(smokeFailure({hasIndex: true, pageCount: 4, minPages: 5, livePageCount: null})).toMatch(/SMOKE_MIN_PAGES/)
    expect(smokeFailure({hasIndex: true, pageCount: 49, minPages: 5, livePageCount: 100})).toMatch(/half/)
    expect(smokeFailure({hasIndex: true, pageCount: 50, minPages: 5, livePageCount: 100})).toBeNull()
    expect(smokeFailure({hasIndex: true, pageCount: 1, minPages: 0, livePageCount: null})).toBeNull()
  })

  it('fails an empty or missing folder', async () => {
    expect((await smokeCheck(path.join(tempDir(), 'missing'), 0, null)).ok).toBe(false)
  })
})

describe('live symlink switch', () => {
  it('points the live link at a new build in one rename, with a relative target', async () => {
    const work = tempDir()
    const live = path.join(work, 'live')
    const first = await makeBuildDir(work)
    const second = await makeBuildDir(work)
    writeSite(first, 1)
    writeSite(second, 1)
    expect(await readLinkTarget(live)).toBeNull()
    await pointLink(live, first)
    expect(await readLinkTarget(live)).toBe(first)
    await pointLink(live, second)
    expect(readlinkSync(live)).toBe(path.basename(second))
    expect(readFileSync(path.join(live, 'index.html'), 'utf8')).toBe('<p>0</p>')
    // Nothing is left under a temporary name.
    expect(readdirSync(work).filter((name) => name.includes('tmp'))).toEqual([])
  })

  it('refuses to take over a real folder where the live link belongs', async () => {
    const work = tempDir()
    mkdirSync(path.join(work, 'live'))
    await expect(assertLinkOrMissing(path.join(work, 'live'), 'LIVE_DIR')).rejects.toThrow(/^LIVE_DIR .* is not a symlink/)
    await expect(assertLinkOrMissing(path.join(work, 'other'), 'LIVE_DIR')).resolves.toBeUndefined()
  })

  it('removes old builds, their logs and stray temporary links, and nothing else', async () => {
    const work = tempDir()
    const keep = await makeBuildDir(work)
    const stale = await makeBuildDir(work)
    writeFileSync(`${keep}.log`, '')
    writeFileSync(`${stale}.log`, '')
    writeFileSync(path.join(work, 'notes.txt'), 'not ours')
    symlinkSync(keep, path.join(work, 'live.tmp-link-abc'))
    await removeStaleBuilds(work, [keep])
    await removeTempLinksBeside(path.join(work, 'live'))
    expect(readdirSync(work).sort()).toEqual([path.basename(keep), `${path.basename(keep)}.log`, 'notes.txt'].sort())
  })
})
