// Builds the peer site with Eleventy's programmatic API:
//   node scripts/bench/peer/build.mjs --data <dataset folder> --out <output folder>
// Images are copied to /media, as the site's build copies them.
import {cp} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import Eleventy from '@11ty/eleventy'
import {loadSiteData} from './siteData.mjs'

const {values} = parseArgs({options: {data: {type: 'string'}, out: {type: 'string'}}})
if (!values.data || !values.out)
  throw new Error('Usage: node scripts/bench/peer/build.mjs --data <dataset folder> --out <output folder>')
const dataDir = path.resolve(values.data)
const outDir = path.resolve(values.out)
const here = import.meta.dirname

const eleventy = new Eleventy(path.join(here, 'src'), outDir, {
  quietMode: true,
  configPath: path.join(here, 'eleventy.config.mjs'),
  config(eleventyConfig) {
    eleventyConfig.addGlobalData('site', () => loadSiteData(dataDir))
  },
})
const results = await eleventy.write()
await cp(path.join(dataDir, 'images'), path.join(outDir, 'media'), {recursive: true})
const written = Array.isArray(results) ? results.flat().length : 0
console.log(`Peer: ${written} files written to ${outDir}`)
