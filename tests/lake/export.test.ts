// Work done on the lake moves to sanity.io: the export is the folder `sanity dataset export` writes,
// and reading it back gives the same documents.
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, expect, it} from 'vitest'
import {dataFolderPaths} from '../../scripts/lake/dataFolder.ts'
import {exportDataset} from '../../scripts/lake/exportDataset.ts'
import {startTestLake} from './support'

const out = mkdtempSync(path.join(tmpdir(), 'lake-export-'))
afterAll(() => rmSync(out, {recursive: true, force: true}))

it('exports in the export format, and a lake started from the export holds the same documents', async () => {
  const first = await startTestLake()
  await first.client.create({_id: 'faq-exported', _type: 'faq', question: 'Does it travel?'})
  const paths = dataFolderPaths(first.dataDir, first.lake.datasetName)
  const counts = exportDataset(first.lake.dataset, paths.assets, out)
  const contentIds = [...first.lake.dataset.all()].filter((doc) => !doc._type.startsWith('sanity.')).map((doc) => doc._id)
  await first.close()

  expect(counts.documents).toBe(contentIds.length)
  const text = readFileSync(path.join(out, 'data.ndjson'), 'utf8')
  // Assets are placeholders with their files beside them, as `sanity dataset import` expects.
  const placeholders = [...text.matchAll(/"_sanityAsset":"image@file:\/\/\.\/(images\/[^"]+)"/g)].map((match) => match[1] ?? '')
  expect(placeholders.length).toBeGreaterThan(5)
  for (const file of placeholders) expect(existsSync(path.join(out, file)), file).toBe(true)

  const second = await startTestLake({seedDir: out})
  try {
    const ids = [...second.lake.dataset.all()].filter((doc) => !doc._type.startsWith('sanity.')).map((doc) => doc._id)
    expect(ids.sort()).toEqual(contentIds.sort())
    expect(await second.client.fetch('*[_id == "faq-exported"][0].question')).toBe('Does it travel?')
    expect(await second.client.fetch('count(*[_type == "accreditation" && defined(badge.asset->url)])')).toBeGreaterThan(3)
  } finally {
    await second.close()
  }
})
