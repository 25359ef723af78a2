// Successive builds of one site into the same folder with the same cache, as the rebuild service
// runs them. Astro's incremental build copies a content page whose cache key is unchanged; a page
// that shows changed content must never be copied stale. The keys follow what pages declare they
// show (site/lib/pages/dependencies.ts).
import {createHash} from 'node:crypto'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {conditions} from '../site/lib/content/collections/conditions'
import {programs} from '../site/lib/content/collections/programs'
import {therapies} from '../site/lib/content/collections/therapies'
import type {LakeDocument as SeedDocument} from '../scripts/lake/types.ts'
import {namedBy, PAGE_DEPENDENCIES, pageKeys, type PageDependencies} from '../site/lib/pages/dependencies'
import {buildSite, buildWorkDir, readPages, type BuiltPage} from './support/build'
import {loadCollection, readFrom} from './support/collections'
import {seedVariant} from './support/seedVariant'

const work = buildWorkDir()
const dataset = seedVariant((documents) => documents)
const datasetFile = path.join(dataset, 'data.ndjson')

function readDataset(): SeedDocument[] {
  return readFileSync(datasetFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as SeedDocument)
}

function editDocument(id: string, change: (doc: SeedDocument) => SeedDocument) {
  const documents = readDataset().map((doc) => (doc._id === id ? {...change(doc), _updatedAt: new Date().toISOString()} : doc))
  writeFileSync(datasetFile, documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
}

async function build() {
  const {outDir, log} = await buildSite({SEED_DIR: dataset}, work)
  const pages = readPages(outDir)
  const byPath = (urlPath: string): BuiltPage => {
    const found = pages.find((built) => built.path === urlPath)
    if (!found) throw new Error(`no page at ${urlPath}`)
    return found
  }
  const copied = log.split('\n').filter((line) => /\((cached|restored)\)/.test(line)).length
  return {pages, byPath, copied}
}

const anxiety = readDataset().find((doc) => doc._id === 'condition-anxiety')
const anxietySlug = (anxiety?.slug as {current: string}).current
const anxietyTherapyIds = (anxiety?.therapies as {_ref: string}[]).map((ref) => ref._ref)
const therapyPaths = readDataset()
  .filter((doc) => anxietyTherapyIds.includes(doc._id))
  .map((doc) => `/therapies/${(doc.slug as {current: string}).current}/`)

let first: Awaited<ReturnType<typeof build>>

beforeAll(async () => {
  first = await build()
}, 300_000)

describe('successive builds of one site', () => {
  it('re-renders every page that shows an edited condition, and copies pages that do not', async () => {
    expect(therapyPaths.length).toBeGreaterThan(0)
    const untouched = first.pages.find((built) => built.path.startsWith('/conditions/') && !built.path.includes(anxietySlug))
    editDocument('condition-anxiety', (doc) => ({...doc, title: 'Anxiety and constant worry'}))
    const second = await build()
    expect(second.byPath(`/conditions/${anxietySlug}/`).dom.querySelector('h1')?.textContent).toContain(
      'Anxiety and constant worry',
    )
    for (const therapyPath of therapyPaths)
      expect(second.byPath(therapyPath).html, therapyPath).toContain('Anxiety and constant worry')
    expect(second.byPath('/conditions/').html).toContain('Anxiety and constant worry')
    expect(second.copied).toBeGreaterThan(0)
    if (untouched) expect(second.byPath(untouched.path).html).toBe(untouched.html)
  }, 300_000)

  it('re-renders the Spanish pages, and copies the English ones, when the Spanish home and settings change', async () => {
    const before = await build()
    editDocument('homePage-es', (doc) => ({...doc, heading: 'Apoyo para su salud mental, cerca de casa'}))
    editDocument('siteSettings-es', (doc) => ({...doc, tagline: 'Programa ambulatorio intensivo, de día'}))
    const after = await build()
    expect(after.byPath('/es/').dom.querySelector('h1')?.textContent).toBe('Apoyo para su salud mental, cerca de casa')
    expect(after.byPath('/').html).not.toContain('cerca de casa')
    const contentPage = (built: BuiltPage) =>
      /^\/(es\/)?[a-z-]+\/[a-z0-9-]+\/$/.test(built.path) && !built.path.includes('/ayuda/')
    const spanish = after.pages.filter((built) => built.path.startsWith('/es/'))
    const english = before.pages.filter((built) => !built.path.startsWith('/es/') && contentPage(built))
    expect(spanish.length).toBeGreaterThan(0)
    expect(english.length).toBeGreaterThan(0)
    for (const built of spanish) expect(built.html, built.path).toContain('Programa ambulatorio intensivo, de día')
    for (const built of english) {
      expect(after.byPath(built.path).html, built.path).toBe(built.html)
      expect(built.html, built.path).not.toContain('de día')
    }
    // Every English content page was copied from the last build, not rendered again.
    expect(after.copied).toBeGreaterThanOrEqual(english.length)
  }, 300_000)

  it('re-renders every page when the site settings change', async () => {
    editDocument('siteSettings', (doc) => ({...doc, phone: '(312) 555-0199'}))
    const third = await build()
    for (const built of third.pages) {
      // The header and footer: a page's own text may mention the number as its editors wrote it.
      const phoneLinks = built.dom
        .querySelectorAll('header a[href^="tel:+1"], footer a[href^="tel:+1"]')
        .map((link) => link.getAttribute('href'))
      expect(phoneLinks.length, built.path).toBeGreaterThan(0)
      expect(new Set(phoneLinks), built.path).toEqual(new Set(['tel:+13125550199']))
    }
    expect(third.copied).toBe(0)
  }, 300_000)
})

describe('a related list declared for a kind of page', () => {
  it('changes the cache keys of exactly the pages whose list changed', async () => {
    const [therapyDocs, programDocs, conditionDocs] = await Promise.all([
      loadCollection(therapies),
      loadCollection(programs),
      loadCollection(conditions),
    ])
    // Therapy pages also list the programs that use them: one entry in the declarations.
    const withPrograms: PageDependencies = {
      ...PAGE_DEPENDENCIES.therapies,
      programs: namedBy('programs', (program) => program.therapies),
    }
    const entries = therapyDocs.map((data) => ({digest: createHash('sha1').update(JSON.stringify(data)).digest('hex'), data}))
    const keys = (dependencies: PageDependencies, programsNow: typeof programDocs) =>
      pageKeys(entries, 'every-page', dependencies, readFrom({conditions: conditionDocs, programs: programsNow}))

    const [program, ...otherPrograms] = programDocs
    const dropped = program?.therapies[0]
    if (!program || !dropped) throw new Error('test setup: the starter program lists no therapy')
    const edited = [{...program, therapies: program.therapies.slice(1)}, ...otherPrograms]

    const before = await keys(withPrograms, programDocs)
    const after = await keys(withPrograms, edited)
    const changed = [...before].filter(([slug, key]) => after.get(slug) !== key).map(([slug]) => slug)
    expect(changed).toEqual([dropped.slug])
    // Without the declaration the same edit changes no key: the page would be copied stale.
    expect(await keys(PAGE_DEPENDENCIES.therapies, edited)).toEqual(await keys(PAGE_DEPENDENCIES.therapies, programDocs))
  })
})
