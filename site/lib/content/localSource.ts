// The starter dataset as a content source: the same GROQ queries, evaluated by groq-js over the
// documents of studio/seed as a perspective shows them (builds: published only, never drafts).
import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {evaluateGroq} from './evaluateGroq'
import {applyPerspective, type Perspective} from './perspective'
import {loadSeedDataset} from './seedDataset'
import {ContentSourceError, type ContentSource} from './source'

export async function createLocalSource(seedDir: string, perspective: Perspective = 'published'): Promise<ContentSource> {
  const {documents, assetFiles} = await loadSeedDataset(path.resolve(seedDir))
  const visible = applyPerspective(documents, perspective)
  const byId = new Map(visible.map((doc) => [doc._id, doc]))
  return {
    label: `starter dataset (${path.relative(process.cwd(), path.resolve(seedDir)) || '.'})`,
    scalesImages: false,
    fetch: <T>(query: string, params: Record<string, unknown> = {}) => evaluateGroq<T>(query, params, visible, byId),
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
