// The loader's incremental sync, against the local Content Lake stand-in: after a first full
// sync, a build fetches only what changed, the documents that show it, and notices deletions.
import {createHash} from 'node:crypto'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {LoaderContext} from 'astro/loaders'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {attachBody} from '../site/lib/content/bodyStore'
import {conditions, type Condition} from '../site/lib/content/collections/conditions'
import type {ContentCollection} from '../site/lib/content/collections/define'
import {therapies} from '../site/lib/content/collections/therapies'
import {contentLoader} from '../site/lib/content/loader'
import {createLocalLakeSource} from '../site/lib/content/localLake'
import {createSanitySource} from '../site/lib/content/sanitySource'
import type {LakeDocument as SeedDocument} from '../scripts/lake/types.ts'
import type {ContentSource} from '../site/lib/content/source'
import {namedByList, PAGE_DEPENDENCIES} from '../site/lib/pages/dependencies'
import {startContentLakeStandIn, type ContentLakeStandIn} from '../scripts/bench/contentLakeStandIn'
import {startLocalLake, type RunningLake} from '../scripts/lake/lake.ts'
import {readFrom} from './support/collections'
import {referencesIn, seed} from './support/seed'
import {seedVariant} from './support/seedVariant'

/** The parts of Astro's loader context the loader uses: an in-memory store and meta store. */
function loaderContext(collection: string) {
  const entries = new Map<string, {id: string; data: Record<string, unknown>}>()
  const meta = new Map<string, string>()
  const logs: string[] = []
  const context = {
    collection,
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: {id: string; data: Record<string, unknown>}) => (entries.set(entry.id, entry), true),
      delete: (id: string) => void entries.delete(id),
      clear: () => entries.clear(),
      keys: () => [...entries.keys()],
      values: () => [...entries.values()],
      has: (id: string) => entries.has(id),
    },
    meta: {
      get: (key: string) => meta.get(key),
      set: (key: string, value: string) => void meta.set(key, value),
      has: (key: string) => meta.has(key),
      delete: (key: string) => void meta.delete(key),
    },
    logger: {
      info: (message: string) => logs.push(message),
      warn: (message: string) => logs.push(message),
      error: (message: string) => logs.push(message),
      debug: () => undefined,
    },
    generateDigest: (data: unknown) =>
      createHash('sha1')
        .update(typeof data === 'string' ? data : JSON.stringify(data))
        .digest('hex'),
  }
  return {context: context as unknown as LoaderContext, entries, logs}
}

let standIn: ContentLakeStandIn
let documents: SeedDocument[]
const now = () => new Date(Date.now() + 1000).toISOString()

function update(id: string, change: (doc: SeedDocument) => SeedDocument) {
  documents = documents.map((doc) => (doc._id === id ? {...change(doc), _updatedAt: now()} : doc))
  standIn.setDocuments(documents)
}

beforeAll(async () => {
  documents = structuredClone(seed.documents)
  standIn = await startContentLakeStandIn({documents, assetFiles: seed.assetFiles})
})
afterAll(() => standIn.close())

const source = () =>
  createSanitySource({
    kind: 'sanity',
    projectId: 'standin1',
    dataset: 'production',
    apiVersion: '2025-02-19',
    apiHost: standIn.url,
  })

describe('incremental content sync', () => {
  const bodyDir = mkdtempSync(path.join(tmpdir(), 'iop-bodies-'))
  afterAll(() => rmSync(bodyDir, {recursive: true, force: true}))
  const loaders = new Map<string, {run: () => Promise<void>; state: ReturnType<typeof loaderContext>}>()
  const loaderFor = (collection: ContentCollection) => {
    const existing = loaders.get(collection.name)
    if (existing) return existing
    const state = loaderContext(collection.name)
    // A new source per run, as each build is a new process; the loader state carries over.
    const loader = contentLoader(collection, {getSource: async () => source(), bodyDir})
    const created = {run: () => loader.load(state.context), state}
    loaders.set(collection.name, created)
    return created
  }
  /** Runs a loader and reports the requests it made and the documents they returned. */
  async function sync(collection: ContentCollection) {
    const before = standIn.requests.length
    await loaderFor(collection).run()
    const requests = standIn.requests.slice(before)
    return {
      requests: requests.length,
      documents: requests.reduce((sum, request) => sum + request.documentsReturned, 0),
      entries: loaderFor(collection).state.entries,
    }
  }

  /** The published conditions of the starter dataset, in every language. */
  const conditionIds = seed.documents
    .filter((doc) => doc._type === 'condition' && !doc._id.startsWith('drafts.'))
    .map((doc) => doc._id)
    .sort()

  it('fetches everything the first time', async () => {
    const first = await sync(conditions)
    expect(first.entries.size).toBe(conditionIds.length)
    expect(first.documents).toBeGreaterThanOrEqual(conditionIds.length)
    await sync(therapies)
  })

  it('fetches almost nothing when nothing changed', async () => {
    const second = await sync(conditions)
    expect(second.entries.size).toBe(conditionIds.length)
    // Documents stamped with the marker's own second come again (a publish within that second must
    // not be missed), with the documents that reference them; nothing else does.
    const published = documents.filter((doc) => !doc._id.startsWith('drafts.'))
    const marker = published
      .map((doc) => doc._updatedAt ?? '')
      .sort()
      .at(-1)
    const atMarker = new Set(published.filter((doc) => doc._updatedAt === marker).map((doc) => doc._id))
    const referrers = published.filter((doc) => referencesIn(doc).some(({ref}) => atMarker.has(ref)))
    expect(second.documents).toBeLessThanOrEqual(atMarker.size + referrers.length)
    expect(second.documents).toBeLessThan(published.length / 4)
    // What changed with every collection's ids; the referrers; the refetched documents of all collections.
    expect(second.requests).toBeLessThanOrEqual(3)
  })

  it('refetches the conditions that show a changed reviewer, directly or through what they reference', async () => {
    const reviewer = (
      seed.documents.find((doc) => doc._id === 'condition-depression')?.medicalReview as {reviewer: {_ref: string}}
    ).reviewer._ref
    const published = documents.filter((doc) => !doc._id.startsWith('drafts.'))
    const refsOf = (doc: SeedDocument) => new Set(referencesIn(doc).map(({ref}) => ref))
    const changed = new Set([reviewer, ...published.filter((doc) => refsOf(doc).has(reviewer)).map((doc) => doc._id)])
    const expected = published.filter(
      (doc) => doc._type === 'condition' && (changed.has(doc._id) || [...refsOf(doc)].some((ref) => changed.has(ref))),
    )
    update(reviewer, (doc) => ({...doc, name: 'Maya Okafor-Lindqvist'}))
    const state = loaderFor(conditions).state
    state.logs.length = 0
    const result = await sync(conditions)
    expect(state.logs.join('\n')).toContain(`conditions: ${expected.length} updated`)
    // What changed and every collection's ids; the referrers of the changes; the changed documents.
    expect(result.requests).toBe(3)
    const depression = result.entries.get('condition-depression')?.data as {medicalReview: {reviewer: {name: string}}}
    expect(depression.medicalReview.reviewer.name).toBe('Maya Okafor-Lindqvist')
  })

  it('updates the conditions a therapy page lists when a condition changes its therapies', async () => {
    update('condition-anxiety', (doc) => ({...doc, therapies: [{_type: 'reference', _key: 'k1', _ref: 'therapy-family'}]}))
    const result = await sync(conditions)
    expect(result.documents).toBeLessThan(documents.length)
    const synced = [...result.entries.values()].map((entry) => entry.data as Condition)
    // What the therapy page lists, through its declared dependency (site/lib/pages/dependencies.ts).
    const listed = await namedByList(PAGE_DEPENDENCIES.therapies.conditions, 'therapy-family', readFrom({conditions: synced}))
    expect(listed.map((condition) => condition._id)).toContain('condition-anxiety')
  })

  it("refreshes a link two references away: a condition's FAQ answer linking to a renamed therapy", async () => {
    const linksFromFaqs = (entries: Map<string, {data: Record<string, unknown>}>) =>
      JSON.stringify((entries.get('condition-co-occurring')?.data as {faqs: unknown[]}).faqs)
    expect(linksFromFaqs((await sync(conditions)).entries)).toContain('"slug":"family-therapy"')
    update('therapy-family', (doc) => ({...doc, slug: {_type: 'slug', current: 'family-sessions'}}))
    const after = linksFromFaqs((await sync(conditions)).entries)
    expect(after).toContain('"slug":"family-sessions"')
    expect(after).not.toContain('"slug":"family-therapy"')
  })

  it('adds a new document and removes a deleted one', async () => {
    const template = documents.find((doc) => doc._id === 'condition-depression')
    documents = [
      ...documents,
      {
        ...structuredClone(template),
        _id: 'condition-grief',
        _type: 'condition',
        title: 'Grief',
        slug: {_type: 'slug', current: 'grief'},
        _updatedAt: now(),
      },
    ]
    standIn.setDocuments(documents)
    expect([...(await sync(conditions)).entries.keys()]).toContain('condition-grief')
    documents = documents.filter((doc) => doc._id !== 'condition-grief')
    standIn.setDocuments(documents)
    const result = await sync(conditions)
    expect([...result.entries.keys()].sort()).toEqual(conditionIds)
  })

  it('refuses an edit that gives a kept document’s slug to another', async () => {
    update('condition-anxiety', (doc) => ({...doc, slug: {_type: 'slug', current: 'depression'}}))
    await expect(sync(conditions)).rejects.toThrow(
      /document "condition-anxiety", field "slug": "depression" is already used by document "condition-depression"/,
    )
  })
})

describe('bodies outside the content store', () => {
  const bodyDir = mkdtempSync(path.join(tmpdir(), 'iop-bodies-'))
  const state = loaderContext('conditions')
  const loader = contentLoader(conditions, {getSource: async () => source(), bodyDir})
  const stored = (id: string) => state.entries.get(id)?.data
  const bodyText = (id: string) => JSON.stringify((attachBody(stored(id), bodyDir) as Condition).body)
  const bodyFiles = () => readdirSync(path.join(bodyDir, 'conditions'))

  beforeAll(async () => {
    documents = structuredClone(seed.documents)
    standIn.setDocuments(documents)
    await loader.load(state.context)
  })
  afterAll(() => rmSync(bodyDir, {recursive: true, force: true}))

  it('keeps each body in its own file, read back when a page asks for it', () => {
    const published = documents.find((doc) => doc._id === 'condition-depression')
    const firstText = (published?.body as {children?: {text: string}[]}[]).find((block) => block.children)?.children?.[0]
    expect(stored('condition-depression')).not.toHaveProperty('body')
    expect(firstText?.text.length).toBeGreaterThan(20)
    expect(bodyText('condition-depression')).toContain(JSON.stringify(firstText?.text))
    expect(bodyFiles()).toHaveLength(state.entries.size)
  })

  it('writes an edited body and deletes the file of the old one', async () => {
    const before = bodyFiles()
    update('condition-anxiety', (doc) => ({
      ...doc,
      body: [
        ...(doc.body as unknown[]),
        {
          _type: 'block',
          _key: 'added',
          style: 'normal',
          markDefs: [],
          children: [{_type: 'span', _key: 's', text: 'A new closing line.'}],
        },
      ],
    }))
    await loader.load(state.context)
    expect(bodyText('condition-anxiety')).toContain('A new closing line.')
    expect(bodyFiles()).toHaveLength(state.entries.size)
    expect(bodyFiles().filter((file) => !before.includes(file))).toHaveLength(1)
  })

  it('loads everything again when the body files were cleared', async () => {
    rmSync(path.join(bodyDir, 'conditions'), {recursive: true})
    state.logs.length = 0
    await loader.load(state.context)
    expect(state.logs.join('\n')).toContain('(full sync)')
    expect(bodyText('condition-depression')).toContain('"_type":"block"')
  })
})

describe('the starter dataset as the source (a lake in memory)', () => {
  const bodyDir = mkdtempSync(path.join(tmpdir(), 'iop-bodies-'))
  const dataset = seedVariant((documents) => documents)
  const state = loaderContext('conditions')
  let queries = 0
  const countingSource = async (): Promise<ContentSource> => {
    const local = await createLocalLakeSource(dataset)
    return {...local, fetch: (query, params) => (queries++, local.fetch(query, params))}
  }
  const loader = contentLoader(conditions, {getSource: countingSource, bodyDir})
  afterAll(() => rmSync(bodyDir, {recursive: true, force: true}))

  it('asks nothing when the dataset file is the one the last build loaded', async () => {
    await loader.load(state.context)
    expect(queries).toBeGreaterThan(0)
    const stored = JSON.stringify([...state.entries.values()])
    queries = 0
    await loader.load(state.context)
    expect(queries).toBe(0)
    expect(JSON.stringify([...state.entries.values()])).toBe(stored)
  })

  it('loads everything again when the file changes', async () => {
    const file = path.join(dataset, 'data.ndjson')
    writeFileSync(file, readFileSync(file, 'utf8').replace('"title":"Anxiety"', '"title":"Anxiety and worry"'))
    await loader.load(state.context)
    expect(state.logs.at(-1)).toContain('(full sync)')
    expect((state.entries.get('condition-anxiety')?.data as Condition).title).toBe('Anxiety and worry')
  })
})

describe('the local Content Lake running for the same starter dataset', () => {
  const bodyDir = mkdtempSync(path.join(tmpdir(), 'iop-bodies-'))
  const dataDir = mkdtempSync(path.join(tmpdir(), 'iop-lake-'))
  const dataset = seedVariant((documents) => documents)
  const state = loaderContext('conditions')
  let lake: RunningLake
  let label = ''
  const run = async (seedDir = dataset) => {
    // As `npm run lake` runs it: the build finds it on LAKE_PORT, its token in LAKE_DATA_DIR.
    vi.stubEnv('LAKE_PORT', String(lake.port))
    vi.stubEnv('LAKE_DATA_DIR', dataDir)
    const getSource = async () => {
      const source = await createLocalLakeSource(seedDir)
      label = source.label
      return source
    }
    await contentLoader(conditions, {getSource, bodyDir}).load(state.context)
    vi.unstubAllEnvs()
  }
  const title = (id: string) => (state.entries.get(id)?.data as Condition | undefined)?.title
  const publishTitle = (id: string, value: string) =>
    lake.dataset.commit([{patch: {id, set: {title: value}}}], {author: 'editor'})
  beforeAll(async () => {
    lake = await startLocalLake({dataDir, seedDir: dataset, port: 0})
  })
  afterAll(async () => {
    await lake.close()
    for (const dir of [bodyDir, dataDir]) rmSync(dir, {recursive: true, force: true})
  })

  it('builds from it, showing what editors published, and syncs their next change incrementally', async () => {
    await publishTitle('condition-anxiety', 'Anxiety, published in the Studio')
    await run()
    expect(label).toContain(lake.url)
    expect(title('condition-anxiety')).toBe('Anxiety, published in the Studio')
    await publishTitle('condition-anxiety', 'Anxiety, published again')
    await run()
    expect(state.logs.at(-1)).toContain('(incremental sync)')
    expect(title('condition-anxiety')).toBe('Anxiety, published again')
  })

  it('loads everything again after a reset, whose documents are older than the last sync', async () => {
    await lake.close()
    lake = await startLocalLake({dataDir, seedDir: dataset, port: 0, reset: true})
    await run()
    expect(state.logs.at(-1)).toContain('(full sync)')
    expect(title('condition-anxiety')).toBe('Anxiety')
  })

  it('is not used for another dataset folder', async () => {
    await run(seedVariant((documents) => documents))
    expect(label).toContain('in memory')
  })
})
