// `npm run lake`: the local Content Lake on its own (`npm start` runs it with everything else).
//   --reset            start again from the starter dataset, dropping local changes
//   --export <folder>  write the data as `sanity dataset export` does, then exit
import {existsSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {exportDataset} from './exportDataset.ts'
import {lakeSettings, LakeSettingsError} from './settings.ts'
import {startLocalLake} from './lake.ts'
import {dataFolderPaths} from './dataFolder.ts'

if (existsSync('.env')) process.loadEnvFile('.env')

const {values} = parseArgs({options: {reset: {type: 'boolean'}, export: {type: 'string'}}})
let settings: ReturnType<typeof lakeSettings>
try {
  settings = lakeSettings(process.env)
} catch (error) {
  // A wrong setting is one sentence that names the variable, not a stack trace.
  if (!(error instanceof LakeSettingsError)) throw error
  console.error(`[lake] ${error.message}`)
  process.exit(1)
}
const log = {
  info: (message: string) => console.log(`[lake] ${message}`),
  warn: (message: string) => console.warn(`[lake] ${message}`),
}

const lake = await startLocalLake({
  ...settings,
  reset: Boolean(values.reset),
  port: values.export ? 0 : settings.port,
  log,
}).catch((error: unknown) => {
  console.error(`[lake] ${(error as Error).message}`)
  process.exit(1)
})

if (values.export) {
  const out = path.resolve(values.export)
  const counts = exportDataset(lake.dataset, dataFolderPaths(settings.dataDir, lake.datasetName).assets, out)
  console.log(`[lake] exported ${counts.documents} documents and ${counts.assets} files to ${out}`)
  console.log(`[lake] load it into a Sanity project with: npx sanity dataset import ${path.join(out, 'data.ndjson')} <dataset>`)
  await lake.close()
  process.exit(0)
}

console.log(`[lake] local Content Lake on ${lake.url}: a development server for this machine, not connected to sanity.io`)
console.log(
  `[lake] project "${lake.projectId}", dataset "${lake.datasetName}", ${lake.dataset.size} documents, data in ${settings.dataDir}`,
)

let stopping = false
const stop = () => {
  if (stopping) return
  stopping = true
  void lake.close().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
