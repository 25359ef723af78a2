import {execFile} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {OFFLINE_ENV, ROOT, SANITY_BIN, STUDIO_DIR} from './support/paths'

const run = promisify(execFile)
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as {dependencies: Record<string, string>}

describe('the Studio', () => {
  it('builds offline into a static bundle', {timeout: 180_000}, async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'studio-build-'))
    try {
      await run(SANITY_BIN, ['build', outDir, '--yes'], {cwd: STUDIO_DIR, env: {...OFFLINE_ENV, SANITY_PROJECT_ID: ''}})
      expect(existsSync(path.join(outDir, 'index.html'))).toBe(true)
    } finally {
      rmSync(outDir, {recursive: true, force: true})
    }
  })

  it('declares the same package versions as the root, which installs them', () => {
    const root = readJson(path.join(ROOT, 'package.json'))
    const studio = readJson(path.join(STUDIO_DIR, 'package.json'))
    for (const [name, version] of Object.entries(studio.dependencies))
      expect(`${name}@${version}`).toBe(`${name}@${root.dependencies[name]}`)
  })

  it('refuses to deploy without a Sanity project and says what to set (the local Studio runs on the lake)', async () => {
    const result = await run(process.execPath, ['--experimental-strip-types', '--no-warnings', 'scripts/studio.ts', 'deploy'], {
      cwd: ROOT,
      env: {...OFFLINE_ENV, SANITY_PROJECT_ID: '', SANITY_STUDIO_PROJECT_ID: ''},
    }).catch((error: {code: number; stderr: string}) => error)
    expect('code' in result ? result.code : 0).toBe(1)
    expect(result.stderr).toMatch(/SANITY_PROJECT_ID/)
  })
})
