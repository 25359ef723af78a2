// The starter dataset as a content source: the same GROQ queries, evaluated by groq-js over the
// documents of studio/seed as a perspective shows them (builds: published only, never drafts).
import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {evaluate, parse} from 'groq-js'
import {applyPerspective, type Perspective} from './perspective'
import {loadSeedDataset} from './seedDataset'
import {ContentSourceError, type ContentSource} from './source'

export async function createLocalSource(seedDir: string, perspective: Perspective = 'published'): Promise<ContentSource> {
  const {documents, assetFiles} = await loadSeedDataset(path.resolve(seedDir))
  const visible = applyPerspective(documents, perspective)
  return {
    label: `starter dataset (${path.relative(process.cwd(), path.resolve(seedDir)) || '.'})`,
    scalesImages: false,
    async fetch<T>(query: string, params: Record<string, unknown> = {}) {
      const tree = parse(query, {params})
      return (await (await evaluate(tree, {dataset: visible, params})).get()) as T
    },
    async revision() {
      return createHash('sha1')
        .update(await readFile(path.join(seedDir, 'data.ndjson')))
        .digest('hex')
    },
    async imageBytes(asset) {
      const file = assetFiles.get(asset._id)
      if (!file) throw new ContentSourceError(`Image ${asset._id} is referenced but has no file in ${seedDir}/images.`)
      return readFile(file)
    },
  }
}
