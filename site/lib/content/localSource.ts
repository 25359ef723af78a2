// The starter dataset as a content source: the same GROQ queries, evaluated by groq-js over the
// documents of studio/seed as a perspective shows them (builds: published only, never drafts).
import {createHash} from 'node:crypto'
import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {evaluateGroq} from './evaluateGroq'
import {applyPerspective, type Perspective} from './perspective'
import {loadSeedDataset, missingDataset, type SeedDocument} from './seedDataset'
import {ContentSourceError, type ContentSource} from './source'

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
  const dataset = async () => {
    const stamp = await stampOf()
    if (loaded?.stamp !== stamp) {
      const load = loadSeedDataset(path.resolve(seedDir)).then(({documents, assetFiles}) => {
        const visible = applyPerspective(documents, perspective)
        return {visible, byId: new Map(visible.map((doc) => [doc._id, doc])), assetFiles}
      })
      loaded = {stamp, dataset: load}
    }
    return loaded.dataset
  }
  let hashed: {stamp: string; revision: Promise<string>} | undefined
  await stampOf() // a missing dataset is reported when the source is made
  return {
    label: `starter dataset (${path.relative(process.cwd(), path.resolve(seedDir)) || '.'})`,
    scalesImages: false,
    async fetch<T>(query: string, params: Record<string, unknown> = {}) {
      const {visible, byId} = await dataset()
      return evaluateGroq<T>(query, params, visible, byId)
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
      const assetFile = (await dataset()).assetFiles.get(asset._id)
      if (!assetFile) throw new ContentSourceError(`Image ${asset._id} is referenced but has no file in ${seedDir}/images.`)
      return readFile(assetFile)
    },
  }
}
