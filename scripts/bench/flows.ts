// Our site's build sequences on one dataset: cold (every cache cleared), warm with nothing changed,
// and warm after one condition's title changed: from the local lake (the default with no Sanity
// project, a lake in memory over the dataset files, read through @sanity/client), and from the
// Content Lake stand-in with latency (a remote Content Lake, where incremental sync applies).
import {readFileSync} from 'node:fs'
import {mkdir, rm, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {buildOurs, type BuildContext} from './builders.ts'
import {pageStats, type PageStats} from './pageStats.ts'
import type {BuildKind, BuildMeasurement, Source} from './results.ts'
import {clearBuildCaches} from './siteCopy.ts'
import {countsBetween, startStandIn} from './standIn.ts'

interface DatasetDocument {
  _id: string
  _type: string
  title?: string
  [field: string]: unknown
}

function readDocuments(datasetDir: string): DatasetDocument[] {
  return readFileSync(path.join(datasetDir, 'data.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as DatasetDocument)
}

/** The document an editor changes: the first published condition. */
export function documentToChange(datasetDir: string): {id: string; title: string} {
  const condition = readDocuments(datasetDir).find((doc) => doc._type === 'condition' && !doc._id.startsWith('drafts.'))
  if (!condition) throw new Error(`${datasetDir} has no published condition to change.`)
  return {id: condition._id, title: `${condition.title ?? 'Condition'} (edited)`}
}

export interface FlowOptions {
  siteDir: string
  /** This size's work folder; each flow writes below <workDir>/ours-<source>. */
  workDir: string
  datasetDir: string
  /** Cold build only. */
  quick: boolean
  latencyMs: number
  context: BuildContext
}

export interface FlowResult {
  builds: BuildMeasurement[]
  /** Per-page output of the cold build. */
  output?: PageStats
}

async function runSequence(
  options: FlowOptions,
  source: Source,
  env: Record<string, string>,
  hooks: {
    beforeChange: () => Promise<void>
    /** Wraps each build, e.g. to count the requests it makes. */
    measure?: (run: () => Promise<BuildMeasurement>) => Promise<BuildMeasurement>
  },
): Promise<FlowResult> {
  const dir = path.join(options.workDir, `ours-${source}`)
  const outDir = path.join(dir, 'dist')
  const cacheDir = path.join(dir, 'cache')
  await rm(outDir, {recursive: true, force: true})
  await clearBuildCaches(options.siteDir, cacheDir)
  const measure = hooks.measure ?? ((run) => run())
  const build = (kind: BuildKind) =>
    measure(() => buildOurs({siteDir: options.siteDir, outDir, cacheDir, source, kind, env}, options.context))
  const cold = await build('cold')
  const output = cold.ok ? pageStats(outDir) : undefined
  if (options.quick || !cold.ok) return {builds: [cold], output}
  const warm = await build('warm')
  await hooks.beforeChange()
  const changed = await build('one-change')
  return {builds: [cold, warm, changed], output}
}

/** Builds from a copy of the dataset files (SEED_DIR) through the local lake; the change rewrites data.ndjson. */
export async function localFlow(options: FlowOptions): Promise<FlowResult> {
  const dataDir = path.join(options.workDir, 'local-data')
  await rm(dataDir, {recursive: true, force: true})
  await mkdir(dataDir, {recursive: true})
  const documents = readDocuments(options.datasetDir)
  const write = (docs: DatasetDocument[]) =>
    writeFile(path.join(dataDir, 'data.ndjson'), docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  await write(documents)
  await symlink(path.join(path.resolve(options.datasetDir), 'images'), path.join(dataDir, 'images'))
  const change = documentToChange(options.datasetDir)
  return runSequence(
    options,
    'local',
    {SEED_DIR: dataDir},
    {
      beforeChange: () =>
        write(
          documents.map((doc) =>
            doc._id === change.id ? {...doc, title: change.title, _updatedAt: new Date().toISOString()} : doc,
          ),
        ),
    },
  )
}

/** Builds through the Sanity source against the stand-in, counting what each build asks for. */
export async function sanityFlow(options: FlowOptions): Promise<FlowResult> {
  const standIn = await startStandIn(options.datasetDir, options.latencyMs, options.siteDir)
  try {
    const change = documentToChange(options.datasetDir)
    const env = {CONTENT_SOURCE: 'sanity', SANITY_PROJECT_ID: 'bench', SANITY_API_HOST: standIn.url}
    return await runSequence(options, 'sanity', env, {
      beforeChange: () => standIn.editTitle(change.id, change.title, new Date().toISOString()),
      async measure(run) {
        const before = await standIn.counts()
        const measured = await run()
        const requests = countsBetween(before, await standIn.counts())
        return requests ? {...measured, requests} : measured
      },
    })
  } finally {
    await standIn.close()
  }
}
