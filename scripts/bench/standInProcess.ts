// The Content Lake stand-in, in a process of its own: its GROQ evaluation then competes with the
// build for CPU as a remote service would not, but never stalls the bench's memory sampling.
// Started by standIn.ts with `--import tsResolve.ts`; speaks to it over IPC.
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type * as ExportFormatModule from '../lake/exportFormat.ts'
import type {LakeDocument} from '../lake/types.ts'
import type * as StandInModule from './contentLakeStandIn.ts'

export type StandInMessage = {type: 'stats'} | {type: 'edit'; id: string; title: string; updatedAt: string} | {type: 'close'}

export type StandInReply =
  | {type: 'ready'; url: string}
  | {type: 'stats'; requests: number; documents: number; images: number; evaluationMs: number}
  | {type: 'edited'}

const [datasetDir, latency, siteDir] = process.argv.slice(2)
if (!datasetDir || !siteDir || !process.send) throw new Error('Start this through scripts/bench/standIn.ts.')
// The stand-in and dataset reader of the site copy being measured, so a variant can patch them too.
const fromCopy = (file: string) => import(pathToFileURL(path.join(siteDir, file)).href)
const {startContentLakeStandIn} = (await fromCopy('scripts/bench/contentLakeStandIn.ts')) as typeof StandInModule
const {readExportFolder} = (await fromCopy('scripts/lake/exportFormat.ts')) as typeof ExportFormatModule
const reply = (message: StandInReply) => process.send?.(message)

const dataset = readExportFolder(datasetDir, {projectId: 'standin', dataset: 'production'})
let documents: LakeDocument[] = dataset.documents
const standIn = await startContentLakeStandIn({documents, assetFiles: dataset.assetFiles, latencyMs: Number(latency ?? 0)})

process.on('message', (message: StandInMessage) => {
  if (message.type === 'stats')
    reply({
      type: 'stats',
      requests: standIn.requests.length,
      // Lists of ids (to notice deletions) are not documents: the stand-in counts objects with an _id.
      documents: standIn.requests.reduce((sum, request) => sum + request.documentsReturned, 0),
      images: standIn.imageRequests.length,
      evaluationMs: standIn.requests.reduce((sum, request) => sum + request.evaluationMs, 0),
    })
  else if (message.type === 'edit') {
    documents = documents.map((doc): LakeDocument =>
      doc._id === message.id ? {...doc, title: message.title, _updatedAt: message.updatedAt} : doc,
    )
    standIn.setDocuments(documents)
    reply({type: 'edited'})
  } else if (message.type === 'close') void standIn.close().then(() => process.exit(0))
})
reply({type: 'ready', url: standIn.url})
