// Writes the lake's documents as the folder `sanity dataset export` writes (unpacked): data.ndjson
// with assets as `_sanityAsset` placeholders, and the files in images/ and files/. `sanity dataset
// import <folder>/data.ndjson <dataset>` loads it into a real project.
import {copyFileSync, existsSync, mkdirSync} from 'node:fs'
import path from 'node:path'
import {storedFileName} from './assets.ts'
import type {Dataset} from './dataset.ts'
import {placeholderAssets} from './exportFormat.ts'
import {writeFileDurablySync} from '../durableFile.ts'

const isAssetDocument = (type: string) => type === 'sanity.imageAsset' || type === 'sanity.fileAsset'

export function exportDataset(dataset: Dataset, assetsFolder: string, outDir: string): {documents: number; assets: number} {
  mkdirSync(path.join(outDir, 'images'), {recursive: true})
  mkdirSync(path.join(outDir, 'files'), {recursive: true})
  let text = ''
  let documents = 0
  let assets = 0
  for (const doc of dataset.all()) {
    if (isAssetDocument(doc._type)) {
      const fileName = storedFileName(doc)
      const source = path.join(assetsFolder, fileName)
      if (existsSync(source)) {
        copyFileSync(source, path.join(outDir, doc._type === 'sanity.imageAsset' ? 'images' : 'files', fileName))
        assets++
      }
      continue
    }
    text += `${JSON.stringify(placeholderAssets(doc))}\n`
    documents++
  }
  writeFileDurablySync(path.join(outDir, 'data.ndjson'), text)
  return {documents, assets}
}
