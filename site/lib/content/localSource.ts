// The starter dataset as a content source: the same GROQ queries, evaluated by groq-js over the
// published documents of studio/seed (drafts never reach a build).
import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {evaluate, parse} from 'groq-js'
import {loadSeedDataset} from './seedDataset'
import {ContentSourceError, type ContentSource} from './source'

export async function createLocalSource(seedDir: string): Promise<ContentSource> {
  const {documents, assetFiles} = await loadSeedDataset(path.resolve(seedDir))
  const published = documents.filter((doc) => !doc._id.startsWith('drafts.'))
  return {
    label: `starter dataset (${path.relative(process.cwd(), path.resolve(seedDir)) || '.'})`,
    scalesImages: false,
    async fetch<T>(query: string, params: Record<string, unknown> = {}) {
      const tree = parse(query, {params})
      return (await (await evaluate(tree, {dataset: published, params})).get()) as T
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
