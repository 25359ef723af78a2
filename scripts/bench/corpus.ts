// A deterministic, seeded corpus of clinic content in the starter dataset's format (data.ndjson +
// images/), sized for benchmarks. Run: npm run corpus -- --size 1000 --out scripts/bench/work/corpus --seed 1
import {readFileSync} from 'node:fs'
import {copyFile, mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {RESERVED_PAGE_SLUGS} from '../../schemas/lib/sections.ts'
import {corpusCounts, type GeneratedType} from './corpusCounts.ts'
import {accreditation, condition, faq, page, person, therapy, type CorpusDocument, type Stub} from './documents.ts'
import {capitalize, createSlugRegistry} from './prose.ts'
import {createRandom, type Random} from './random.ts'
import {adaptSingletons, imageFilesIn, KEPT_PAGE_IDS} from './singletons.ts'
import {ALL_IMAGES, BADGES, FIGURES, nth, PORTRAITS} from './svgImages.ts'
import {CONDITION_SUFFIXES, PAGE_SUFFIXES, THERAPY_SUFFIXES, TITLE_WORDS} from './vocabulary.ts'

export const SEED_DIR = path.resolve(import.meta.dirname, '../../studio/seed')

export interface Corpus {
  documents: CorpusDocument[]
  /** Files for images/: generated SVGs by file name, plus seed images (by file name) to copy. */
  generatedImages: Map<string, string>
  seedImages: string[]
}

const pad = (index: number) => String(index + 1).padStart(5, '0')

function titles(random: Random, count: number, suffixes: readonly string[]): string[] {
  return Array.from({length: count}, () => {
    const [first, second] = random.sample(TITLE_WORDS, 2)
    return capitalize(`${first ?? 'calm'} and ${second ?? 'focus'} ${random.pick(suffixes)}`)
  })
}

function stubs(random: Random, type: string, count: number, suffixes: readonly string[], reserved: string[] = []) {
  const slugFor = createSlugRegistry(reserved)
  return titles(random, count, suffixes).map((title, index): Stub => ({
    _id: `${type}-${pad(index)}`,
    title,
    slug: slugFor(title),
  }))
}

/** The generic pages: the three the site links to by slug, then generated ones. */
function pageStubs(random: Random, count: number): Stub[] {
  const kept = Object.entries(KEPT_PAGE_IDS).map(([slug, _id]) => ({_id, slug, title: capitalize(slug.replace('-', ' '))}))
  const generated = stubs(random, 'page', count - kept.length, PAGE_SUFFIXES, [
    ...RESERVED_PAGE_SLUGS,
    ...kept.map((p) => p.slug),
  ])
  return [...kept, ...generated]
}

export async function generateCorpus(size: number, seed = 1, seedDir = SEED_DIR): Promise<Corpus> {
  const random = createRandom(seed)
  const counts: Record<GeneratedType, number> = corpusCounts(size)
  const conditionStubs = stubs(random, 'condition', counts.condition, CONDITION_SUFFIXES)
  const therapyStubs = stubs(random, 'therapy', counts.therapy, THERAPY_SUFFIXES)
  const pages = pageStubs(random, counts.page)
  const personIds = Array.from({length: counts.person}, (_, i) => `person-${pad(i)}`)
  const faqIds = Array.from({length: counts.faq}, (_, i) => `faq-${pad(i)}`)
  const program = {_id: 'program-iop', title: 'Intensive Outpatient Program'}
  const linkTargets = [program, ...conditionStubs, ...therapyStubs, ...pages]
  const reviewerIds = personIds.filter((_, i) => i % 2 === 0)
  const context = {
    random,
    linkTargets,
    figures: FIGURES,
    reviewerIds,
    faqIds,
    therapyIds: therapyStubs.map((stub) => stub._id),
  }

  const generated: CorpusDocument[] = [
    ...personIds.map((id, i) => person(random, id, i, nth(PORTRAITS, i))),
    ...faqIds.map((id, i) => faq(random, id, i, linkTargets)),
    ...Array.from({length: counts.accreditation}, (_, i) => accreditation(random, `accreditation-${pad(i)}`, i, nth(BADGES, i))),
    ...therapyStubs.map((stub, i) => therapy(context, stub, i)),
    ...conditionStubs.map((stub, i) => condition(context, stub, i)),
    ...pages.map((stub) => page(context, stub)),
  ]
  const seedDocuments = (await readFile(path.join(seedDir, 'data.ndjson'), 'utf8'))
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusDocument)
  const idsByType = new Map<string, string[]>([
    ['condition', conditionStubs.map((stub) => stub._id)],
    ['therapy', context.therapyIds],
    ['faq', faqIds],
    ['person', reviewerIds],
    ['page', pages.map((stub) => stub._id)],
  ])
  const singletons = adaptSingletons(seedDocuments, idsByType)
  const generatedFiles = new Set(ALL_IMAGES.map((image) => image.fileName))
  return {
    documents: [...singletons, ...generated],
    generatedImages: new Map(ALL_IMAGES.map((image) => [image.fileName, image.svg])),
    seedImages: [...imageFilesIn(singletons)].filter((file) => !generatedFiles.has(file)),
  }
}

export function toNdjson(documents: readonly CorpusDocument[]): string {
  return documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n'
}

/** Writes the corpus as a dataset folder: `outDir`/data.ndjson and `outDir`/images/. */
export async function writeCorpus(corpus: Corpus, outDir: string, seedDir = SEED_DIR): Promise<void> {
  await rm(outDir, {recursive: true, force: true})
  await mkdir(path.join(outDir, 'images'), {recursive: true})
  await writeFile(path.join(outDir, 'data.ndjson'), toNdjson(corpus.documents))
  for (const [fileName, svg] of corpus.generatedImages) await writeFile(path.join(outDir, 'images', fileName), svg)
  for (const fileName of corpus.seedImages)
    await copyFile(path.join(seedDir, 'images', fileName), path.join(outDir, 'images', fileName))
}

/** The dataset a bench size builds from: the starter dataset as it is, or a corpus written into `dir`/corpus. */
export async function benchDataset(label: string, seed: number, dir: string): Promise<{datasetDir: string; documents: number}> {
  if (label === 'starter') {
    const lines = readFileSync(path.join(SEED_DIR, 'data.ndjson'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
    return {datasetDir: SEED_DIR, documents: lines.length}
  }
  const corpus = await generateCorpus(Number(label), seed)
  const datasetDir = path.join(dir, 'corpus')
  await writeCorpus(corpus, datasetDir)
  return {datasetDir, documents: corpus.documents.length}
}

async function main() {
  const {values} = parseArgs({
    options: {size: {type: 'string', default: '1000'}, out: {type: 'string'}, seed: {type: 'string', default: '1'}},
  })
  const size = Number(values.size)
  const outDir = path.resolve(values.out ?? `scripts/bench/work/corpus-${size}`)
  const corpus = await generateCorpus(size, Number(values.seed))
  await writeCorpus(corpus, outDir)
  console.log(`Wrote ${corpus.documents.length} documents to ${path.relative(process.cwd(), outDir) || '.'}`)
}

if (import.meta.main) await main()
