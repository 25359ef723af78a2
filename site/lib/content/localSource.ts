// The starter dataset as a content source: the same GROQ queries, evaluated by groq-js over the
// documents of studio/seed as a perspective shows them (builds: published only, never drafts).
import {createHash} from 'node:crypto'
import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {evaluateGroq} from './evaluateGroq'
import {applyPerspective, type Perspective} from './perspective'
import {loadSeedDataset, missingDataset, type SeedDocument} from './seedDataset'
import {ContentSourceError, type ContentSource} from './source'

/** How long an unused parsed dataset is kept. */
const RELEASE_AFTER_MS = 5000

interface LoadedDataset {
  visible: SeedDocument[]
  byId: Map<string, SeedDocument>
  assetFiles: Map<string, string>
}

export async function createLocalSource(seedDir: string, perspective: Perspective = 'published'): Promise<ContentSource> {
  const file = path.join(path.resolve(seedDir), 'data.ndjson')
  // The file's size and modification time: a new one means an edited dataset.
  const stampOf = async () => {
    const stats = await stat(file).catch(() => {
      throw missingDataset(file)
    })
    return `${stats.size}:${stats.mtimeMs}`
  }
  // Parsed when first queried, once per version of the file: a build whose dataset has not changed
  // since the last one (see the loader) never parses it, and `astro dev` sees edits.
  let loaded: {stamp: string; dataset: Promise<LoadedDataset>} | undefined
  // Released once no query has run for a moment: the build renders its pages long after the sync,
  // and the parsed dataset (a gigabyte at 10,000 documents) must not sit in memory meanwhile.
  let inUse = 0
  let release: NodeJS.Timeout | undefined
  const withDataset = async <T>(use: (dataset: LoadedDataset) => T | Promise<T>): Promise<T> => {
    inUse++
    clearTimeout(release)
    try {
      const stamp = await stampOf()
      if (loaded?.stamp !== stamp) {
        const load = loadSeedDataset(path.resolve(seedDir)).then(({documents, assetFiles}) => {
          const visible = applyPerspective(documents, perspective)
          return {visible, byId: new Map(visible.map((doc) => [doc._id, doc])), assetFiles}
        })
        loaded = {stamp, dataset: load}
      }
      return await use(await loaded.dataset)
    } finally {
      if (--inUse === 0) release = setTimeout(() => (loaded = undefined), RELEASE_AFTER_MS).unref()
    }
  }
  let hashed: {stamp: string; revision: Promise<string>} | undefined
  await stampOf() // a missing dataset is reported when the source is made
  return {
    label: `starter dataset (${path.relative(process.cwd(), path.resolve(seedDir)) || '.'})`,
    scalesImages: false,
    fetch<T>(query: string, params: Record<string, unknown> = {}) {
      return withDataset(({visible, byId}) => evaluateGroq<T>(query, params, visible, byId))
    },
    // Every collection asks; the file is hashed once per version.
    async revision() {
      const stamp = await stampOf()
      if (hashed?.stamp !== stamp) {
        const revision = readFile(file).then((bytes) => createHash('sha1').update(bytes).digest('hex'))
        hashed = {stamp, revision}
      }
      return hashed.revision
    },
    async imageBytes(asset) {
      const assetFile = await withDataset(({assetFiles}) => assetFiles.get(asset._id))
      if (!assetFile) throw new ContentSourceError(`Image ${asset._id} is referenced but has no file in ${seedDir}/images.`)
      return readFile(assetFile)
    },
  }
}
