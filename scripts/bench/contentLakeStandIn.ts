// A remote Content Lake for the bench (standInProcess.ts) and for tests of the Sanity content source:
// the local Content Lake's handler over documents in memory (no data folder), plus what they observe
// and provoke: every query recorded, failures on demand, added latency to play a remote service, a
// required token, and an approximate Content Source Map (the real one comes only from sanity.io).
import {createServer, type IncomingMessage, type Server} from 'node:http'
import path from 'node:path'
import type {AddressInfo} from 'node:net'
import {Dataset} from '../lake/dataset.ts'
import {addressAssets} from '../lake/assets.ts'
import {createLakeHandler} from '../lake/server.ts'
import type {LakeDocument} from '../lake/types.ts'
import {approximateSourceMap} from './contentSourceMap.ts'

export interface RecordedRequest {
  method: string
  path: string
  perspective: string | null
  /** Whether the client asked for a Content Source Map (it does when stega is on). */
  sourceMap: boolean
  authorization: string | undefined
  query: string
  documentsReturned: number
  /** Time groq-js took to answer, without the added latency. */
  evaluationMs: number
}

/**
 * Documents in a query result: objects with an `_id`, at the top, in arrays, or under the keys of a
 * batch (`{"conditions": [...], "faqs": [...]}`). Ids and other plain values are not documents.
 */
export function countDocuments(result: unknown): number {
  if (Array.isArray(result)) return result.reduce((sum: number, item) => sum + countDocuments(item), 0)
  if (!result || typeof result !== 'object') return 0
  if ('_id' in result) return 1
  return Object.values(result).reduce((sum: number, value) => sum + countDocuments(value), 0)
}

export interface StandInOptions {
  documents: LakeDocument[]
  dataset?: string
  /** Added before every answer, to make fetching cost what it would over a network. */
  latencyMs?: number
  /** When set, requests must carry `Authorization: Bearer <token>` (a private dataset). */
  requiredToken?: string
  /** Files served as Sanity's image CDN would (`/images/<project>/<dataset>/<file>`), by asset id. */
  assetFiles?: Map<string, string>
}

export interface ContentLakeStandIn {
  url: string
  /** Query requests, in order. */
  requests: RecordedRequest[]
  /** Image downloads, as path and query string. */
  imageRequests: string[]
  /** Answer the next `count` queries with this status instead of a result. */
  failNext(status: number, count?: number): void
  /** Forget failures queued with `failNext` that no request used up. */
  clearFailures(): void
  setDocuments(documents: LakeDocument[]): void
  close(): Promise<void>
}

const PROJECT = 'standin'
const NO_TOKEN = 'no token is accepted without requiredToken'

export async function startContentLakeStandIn(options: StandInOptions): Promise<ContentLakeStandIn> {
  const datasetName = options.dataset ?? 'production'
  const requests: RecordedRequest[] = []
  const imageRequests: string[] = []
  const failures: number[] = []
  const recorded = new WeakMap<IncomingMessage, RecordedRequest>()
  const files = new Map([...(options.assetFiles?.values() ?? [])].map((file) => [path.basename(file), file]))
  const assets = {files, baseUrl: '', projectId: PROJECT}
  const handlerFor = (documents: LakeDocument[]) => {
    const dataset = new Dataset(datasetName, documents, undefined)
    addressAssets(dataset, assets)
    return createLakeHandler({
      projectId: PROJECT,
      dataset,
      assets,
      token: options.requiredToken ?? NO_TOKEN,
      allowedOrigins: [],
      onQuery({request, query, result, ms}) {
        const record = recorded.get(request)
        if (record) {
          // A POST carries its query in the body, which the lake has read.
          record.query = query
          record.documentsReturned = countDocuments(result)
          record.evaluationMs = ms
        }
        return record?.sourceMap ? {resultSourceMap: approximateSourceMap(result)} : undefined
      },
    })
  }
  // Made once the address is known, which the asset documents' URLs name.
  let handler!: ReturnType<typeof handlerFor>

  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs))
    const image = /^\/images\/[^/]+\/([^/]+)\/([^/]+)$/.exec(url.pathname)
    if (image) {
      imageRequests.push(`${url.pathname}${url.search}`)
      // Any project id the client was given: the stand-in has only one.
      request.url = `/images/${PROJECT}/${image[1]}/${image[2]}${url.search}`
      return handler(request, response)
    }
    if (/\/data\/query\//.test(url.pathname)) {
      const record: RecordedRequest = {
        method: request.method ?? 'GET',
        path: url.pathname,
        perspective: url.searchParams.get('perspective'),
        sourceMap: url.searchParams.has('resultSourceMap'),
        authorization: request.headers.authorization,
        query: url.searchParams.get('query') ?? '',
        documentsReturned: 0,
        evaluationMs: 0,
      }
      requests.push(record)
      recorded.set(request, record)
      const failure = failures.shift()
      if (failure) {
        response.writeHead(failure, {'content-type': 'application/json'})
        return response.end(
          JSON.stringify({error: 'Simulated failure', message: `Stand-in answered ${failure}`, statusCode: failure}),
        )
      }
      if (options.requiredToken && request.headers.authorization !== `Bearer ${options.requiredToken}`) {
        response.writeHead(401, {'content-type': 'application/json'})
        return response.end(JSON.stringify({error: 'Unauthorized', message: 'Session not found', statusCode: 401}))
      }
    }
    return handler(request, response)
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  assets.baseUrl = `http://127.0.0.1:${port}`
  handler = handlerFor(options.documents)
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    imageRequests,
    failNext(status, count = 1) {
      for (let i = 0; i < count; i++) failures.push(status)
    },
    clearFailures() {
      failures.length = 0
    },
    setDocuments(next) {
      handler = handlerFor(next)
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
