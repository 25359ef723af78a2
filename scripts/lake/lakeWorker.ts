// A lake in memory on its own thread (started by lakeInWorker.ts): its query evaluation and the
// serialisation of its answers run on another core than the build that reads it.
import {parentPort, workerData} from 'node:worker_threads'
import {startLocalLake} from './lake.ts'
import type {LakeInWorkerOptions, WorkerReply} from './lakeInWorker.ts'

if (!parentPort) throw new Error('lakeWorker.ts runs only as a worker thread (see lakeInWorker.ts).')
const port = parentPort
const reply = (message: WorkerReply) => port.postMessage(message)

try {
  const lake = await startLocalLake({...(workerData as LakeInWorkerOptions), port: 0})
  port.once('message', () => {
    void lake.close().finally(() => port.close())
  })
  reply({kind: 'started', url: lake.url, projectId: lake.projectId, datasetName: lake.datasetName, token: lake.token})
} catch (error) {
  reply({kind: 'failed', name: (error as Error).name, message: (error as Error).message})
  port.close()
}
