// The build benchmark: its corpus is deterministic, shaped like the starter dataset and valid for
// the site; and a quick run on a small corpus completes with sane numbers for all three builds.
import {existsSync, mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {corpusCounts, SHARES, SINGLETONS} from '../scripts/bench/corpusCounts.ts'
import {generateCorpus, toNdjson, writeCorpus, type Corpus} from '../scripts/bench/corpus.ts'
import {runBench} from '../scripts/bench/main.ts'
import {wordsIn, type Block} from '../scripts/bench/portableText.ts'
import {findBuild, ourCold, ratio, type BenchResults} from '../scripts/bench/results.ts'
import {accreditations} from '../site/lib/content/collections/accreditations'
import {conditions} from '../site/lib/content/collections/conditions'
import {faqs} from '../site/lib/content/collections/faqs'
import {home} from '../site/lib/content/collections/home'
import {pages} from '../site/lib/content/collections/pages'
import {people} from '../site/lib/content/collections/people'
import {programs} from '../site/lib/content/collections/programs'
import {siteSettings} from '../site/lib/content/collections/siteSettings'
import {therapies} from '../site/lib/content/collections/therapies'
import {loadCollection} from './support/collections'

const work = mkdtempSync(path.join(tmpdir(), 'bench-test-'))

describe('the benchmark corpus', () => {
  let corpus: Corpus
  beforeAll(async () => {
    corpus = await generateCorpus(120, 7)
  })
  const ofType = (type: string) => corpus.documents.filter((doc) => doc._type === type)

  it('is the same for the same seed and differs for another', async () => {
    expect(toNdjson((await generateCorpus(120, 7)).documents)).toBe(toNdjson(corpus.documents))
    expect(toNdjson((await generateCorpus(120, 8)).documents)).not.toBe(toNdjson(corpus.documents))
  })

  it('holds exactly the documents asked for, in the issue proportions', () => {
    expect(corpus.documents).toHaveLength(120)
    const counts = corpusCounts(1000)
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(1000 - SINGLETONS)
    for (const [type, share] of Object.entries(SHARES))
      expect(Math.abs(counts[type as keyof typeof SHARES] / 1000 - share), type).toBeLessThan(0.01)
    for (const singleton of ['siteSettings', 'homePage', 'program']) expect(ofType(singleton)).toHaveLength(1)
  })

  it('writes long bodies with headings, lists, links and figures with alt text', () => {
    for (const doc of [...ofType('condition'), ...ofType('therapy'), ...ofType('page')]) {
      const body = doc.body as Block[]
      expect(wordsIn(body)).toBeGreaterThanOrEqual(800)
      expect(wordsIn(body)).toBeLessThan(1600)
      const figures = body.filter((block) => block._type === 'figure')
      expect(figures.length).toBeGreaterThanOrEqual(1)
      expect(figures.length).toBeLessThanOrEqual(3)
      for (const figure of figures) expect(String((figure as {alt?: unknown}).alt).length).toBeGreaterThan(10)
      expect(body.some((block) => block.style === 'h2')).toBe(true)
    }
    const text = toNdjson(corpus.documents)
    expect(text).toContain('"listItem":"bullet"')
    expect(text).toContain('"listItem":"number"')
    expect(text).toContain('"linkType":"internal"')
    expect(text).toContain('"href":"https://')
  })

  it('has every education page reviewed in the past by a person who is a medical reviewer', () => {
    const reviewers = new Set(
      ofType('person')
        .filter((person) => person.isMedicalReviewer === true)
        .map((person) => person._id),
    )
    const today = new Date().toISOString().slice(0, 10)
    for (const doc of [...ofType('condition'), ...ofType('therapy'), ...ofType('program')]) {
      const review = doc.medicalReview as {reviewer: {_ref: string}; lastReviewed: string}
      expect(reviewers.has(review.reviewer._ref), doc._id).toBe(true)
      expect(review.lastReviewed <= today).toBe(true)
    }
  })

  it('leaves no reference dangling and no image file missing', async () => {
    const dir = path.join(work, 'corpus')
    await writeCorpus(corpus, dir)
    const ids = new Set(corpus.documents.map((doc) => doc._id))
    const text = readFileSync(path.join(dir, 'data.ndjson'), 'utf8')
    for (const [, ref] of text.matchAll(/"_ref":"([^"]+)"/g)) expect(ids.has(ref ?? ''), ref).toBe(true)
    const files = new Set(readdirSync(path.join(dir, 'images')))
    for (const [, file] of text.matchAll(/image@file:\/\/\.\/images\/([^"]+)"/g)) expect(files.has(file ?? ''), file).toBe(true)
  })

  it("passes every collection's query and schema, as a build would check it", async () => {
    const dir = path.join(work, 'corpus')
    if (!existsSync(dir)) await writeCorpus(corpus, dir)
    const counts = corpusCounts(120)
    expect(await loadCollection(conditions, dir)).toHaveLength(counts.condition)
    expect(await loadCollection(therapies, dir)).toHaveLength(counts.therapy)
    expect(await loadCollection(pages, dir)).toHaveLength(counts.page)
    expect(await loadCollection(faqs, dir)).toHaveLength(counts.faq)
    expect(await loadCollection(people, dir)).toHaveLength(counts.person)
    expect(await loadCollection(accreditations, dir)).toHaveLength(counts.accreditation)
    expect(await loadCollection(siteSettings, dir)).toHaveLength(1)
    expect(await loadCollection(home, dir)).toHaveLength(1)
    expect(await loadCollection(programs, dir)).toHaveLength(1)
  })
})

describe('a quick benchmark run', () => {
  let results: BenchResults
  beforeAll(async () => {
    results = await runBench({
      sizes: ['200'],
      quick: true,
      seed: 1,
      latencyMs: 80,
      timeoutMs: 120_000,
      workDir: path.join(work, 'bench'),
      resultsDir: path.join(work, 'results'),
      keep: false,
      log: () => undefined,
    })
  }, 120_000)
  it('builds our site, the peer and the floor into the same number of pages', () => {
    const [size] = results.sizes
    if (!size) throw new Error('The run measured no size.')
    const ours = ourCold(size)
    expect(ours?.failure).toBeUndefined()
    expect(ours?.pages).toBeGreaterThan(150)
    expect(findBuild(size, 'peer', 'cold')?.pages).toBe(ours?.pages)
    expect(findBuild(size, 'floor', 'cold')?.pages).toBe(ours?.pages)
  })

  it('reports finite ratios, memory and per-page sizes', () => {
    const [size] = results.sizes
    if (!size) throw new Error('The run measured no size.')
    for (const other of ['peer', 'floor'] as const) {
      const value = ratio(ourCold(size), findBuild(size, other, 'cold'))
      expect(Number.isFinite(value)).toBe(true)
      expect(value).toBeGreaterThan(0)
    }
    expect(ourCold(size)?.peakRssBytes).toBeGreaterThan(50 * 1024 ** 2)
    expect(size.output.ours?.contentPages).toBeGreaterThan(100)
    expect(size.output.ours?.html.gzip).toBeGreaterThan(1000)
  })

  it('writes the results file and leaves the docs alone', () => {
    const files = readdirSync(path.join(work, 'results'))
    expect(files).toHaveLength(1)
    const written = JSON.parse(readFileSync(path.join(work, 'results', files[0] ?? ''), 'utf8')) as BenchResults
    expect(written.sizes[0]?.documents).toBe(200)
    expect(written.quick).toBe(true)
  })
})
