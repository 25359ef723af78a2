// Two builds of one checkout run at once: `npm start` builds the draft preview while the public site
// builds, and the suites build side by side. Both write Astro's content-layer files in the shared
// .astro/ folder; before patches/astro+7.3.5.patch they renamed each other's temporary file away and
// one build stopped with UnknownFilesystemError (ENOENT on content-assets.mjs.tmp).
import {execFile} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, describe, expect, it} from 'vitest'
import {ROOT} from './support/paths'

const run = promisify(execFile)
const DATA_STORE = pathToFileURL(path.join(ROOT, 'node_modules/astro/dist/content/mutable-data-store.js')).href
const ROUNDS = 200

// What each build does at the start of its content sync: a fresh data store, cleared, writes the
// asset imports file (first the empty map, then the file for its entries). Prints its failures.
const buildLikeWriter = `
  import {MutableDataStore} from ${JSON.stringify(DATA_STORE)}
  const file = new URL(process.argv[1])
  const failures = []
  for (let round = 0; round < ${ROUNDS}; round++) {
    const store = new MutableDataStore()
    store.clearAll()
    try { await store.writeAssetImports(file) } catch (error) { failures.push(String(error.cause ?? error)) }
  }
  console.log(JSON.stringify(failures))
`

const work = mkdtempSync(path.join(tmpdir(), 'parallel-builds-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

describe('two builds of one checkout at once', () => {
  it('both write the content layer files in .astro/ without renaming each other’s temporary file away', async () => {
    const assetsFile = path.join(work, 'content-assets.mjs')
    const writers = [1, 2].map(() =>
      run(process.execPath, ['--input-type=module', '-e', buildLikeWriter, pathToFileURL(assetsFile).href], {cwd: ROOT}),
    )
    const failures = (await Promise.all(writers)).flatMap(({stdout}) => JSON.parse(stdout) as string[])

    expect(failures).toEqual([])
    expect(readFileSync(assetsFile, 'utf8')).toContain('export default new Map(')
    // No temporary file is left behind beside it.
    expect(readdirSync(work)).toEqual(['content-assets.mjs'])
  }, 60_000)
})
