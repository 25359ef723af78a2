// A build with no Sanity project reads the starter dataset from a lake in memory on a worker
// thread (site/lib/content/localLake.ts): it answers like the lake in the build's own thread did,
// stops when closed, and a broken export folder is reported as before, with its file and line.
import {execFile} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, describe, expect, it} from 'vitest'
import {ExportFormatError} from '../../scripts/lake/exportFormat.ts'
import {startLakeInWorker} from '../../scripts/lake/lakeInWorker.ts'
import {ROOT, SEED_DIR} from '../support/paths'
import {publishedDocuments} from '../support/seed'
import {lakeClient} from './support'

const run = promisify(execFile)
const LAKE_IN_WORKER = path.join(ROOT, 'scripts/lake/lakeInWorker.ts')

/** Runs `body` as an ES module in a new Node process, with `lake` a started lake in a worker. */
const inNewProcess = (body: string) =>
  run(
    process.execPath,
    [
      '--experimental-strip-types',
      '--no-warnings',
      '--input-type=module',
      '-e',
      `import {startLakeInWorker} from ${JSON.stringify(LAKE_IN_WORKER)}
       const lake = await startLakeInWorker({seedDir: ${JSON.stringify(SEED_DIR)}})
       ${body}`,
    ],
    {timeout: 20_000},
  )

const broken = mkdtempSync(path.join(tmpdir(), 'lake-worker-'))
afterAll(() => rmSync(broken, {recursive: true, force: true}))

const seedLines = readFileSync(path.join(SEED_DIR, 'data.ndjson'), 'utf8').trim().split('\n')
const seedConditionTitles = publishedDocuments
  .filter((doc) => doc._type === 'condition')
  .map((doc) => doc.title)
  .sort()

describe('the lake in memory on a worker thread', () => {
  it('answers queries and asset requests from the export folder, and stops when closed', async () => {
    const lake = await startLakeInWorker({seedDir: SEED_DIR})
    const client = lakeClient(lake, lake.token)
    try {
      const titles = await client.fetch<string[]>('*[_type == "condition"].title', {}, {perspective: 'published'})
      expect(titles.sort()).toEqual(seedConditionTitles)
      const badge = await client.fetch<string>('*[_type == "accreditation" && defined(badge.asset)][0].badge.asset->url')
      expect((await fetch(badge)).status).toBe(200)
    } finally {
      await lake.close()
    }
    await expect(fetch(`${lake.url}/v2025-02-19/ping`)).rejects.toThrow()
  })

  it('never keeps a build’s process alive: it ends with its lake unclosed, and waits for a close it asked for', async () => {
    // An unclosed lake: the process ends on its own, as a build does once it has rendered.
    expect((await inNewProcess(`console.log('started')`)).stdout.trim()).toBe('started')
    // A close that is waited for finishes before the process ends.
    expect((await inNewProcess(`await lake.close(); console.log('closed')`)).stdout.trim()).toBe('closed')
  })

  it('reports a broken data file with its path and line, as an export format error', async () => {
    writeFileSync(path.join(broken, 'data.ndjson'), `${seedLines[0]}\n{"_id": "half`)
    const failure = await startLakeInWorker({seedDir: broken}).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ExportFormatError)
    expect((failure as Error).message).toContain(`${path.join(broken, 'data.ndjson')}:2`)
  })
})
