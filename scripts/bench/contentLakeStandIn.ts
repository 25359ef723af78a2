// A stand-in for the Sanity Content Lake's HTTP query API, evaluated with groq-js over a dataset,
// with a latency to play a remote service: the bench measures the Sanity source's builds against it
// (standInProcess.ts), and tests check the Sanity content source and Studio validation with it,
// offline on 127.0.0.1. It records every request, and can be told to fail the next ones.
import {readFile} from 'node:fs/promises'
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import path from 'node:path'
import type {AddressInfo} from 'node:net'
import {evaluateGroq} from '../../site/lib/content/evaluateGroq.ts'
import {applyPerspective, type Perspective} from '../../site/lib/content/perspective.ts'
import type {SeedDocument} from '../../site/lib/content/seedDataset.ts'
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
  documents: SeedDocument[]
  dataset?: string
  /** Added before every answer, to make fetching cost what it would over a network. */
  latencyMs?: number
  /** When set, requests must carry `Authorization: Bearer <token>`. */
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
  setDocuments(documents: SeedDocument[]): void
  close(): Promise<void>
}

/** The Content Lake's names: `previewDrafts` is the older name of `drafts`; no parameter means raw. */
function toPerspective(name: string | null): Perspective | 'raw' {
  if (name === 'published') return 'published'
  if (name === 'drafts' || name === 'previewDrafts') return 'drafts'
  return 'raw'
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function send(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, {'content-type': 'application/json; charset=utf-8'})
  response.end(JSON.stringify(body))
}

/** Query parameters arrive as `$name=<json>` in the URL (GET) or as `params` in the body (POST). */
function paramsFromSearch(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [key, value] of search) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
  return params
}

export async function startContentLakeStandIn(options: StandInOptions): Promise<ContentLakeStandIn> {
  let documents = options.documents
  const dataset = options.dataset ?? 'production'
  const requests: RecordedRequest[] = []
  const imageRequests: string[] = []
  const failures: number[] = []
  const route = new RegExp(`^/v(\\d{4}-\\d{2}-\\d{2}|1)/data/query/${dataset}$`)

  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs))
    const image = /^\/images\/[^/]+\/[^/]+\/([^/]+)$/.exec(url.pathname)
    if (image && options.assetFiles) {
      const file = [...options.assetFiles.values()].find((candidate) => path.basename(candidate) === image[1])
      if (!file) return send(response, 404, {error: 'Not Found', statusCode: 404})
      imageRequests.push(`${url.pathname}${url.search}`)
      response.writeHead(200, {'content-type': file.endsWith('.svg') ? 'image/svg+xml' : 'application/octet-stream'})
      return response.end(await readFile(file))
    }
    if (!route.test(url.pathname) || (request.method !== 'GET' && request.method !== 'POST')) {
      return send(response, 404, {error: 'Not Found', message: `No route for ${request.method} ${url.pathname}`, statusCode: 404})
    }
    let query = url.searchParams.get('query') ?? ''
    let params = paramsFromSearch(url.searchParams)
    if (request.method === 'POST') {
      const body = JSON.parse((await readBody(request)) || '{}') as {query?: string; params?: Record<string, unknown>}
      query = body.query ?? ''
      params = body.params ?? {}
    }
    const perspective = url.searchParams.get('perspective')
    const sourceMap = url.searchParams.has('resultSourceMap')
    const record: RecordedRequest = {
      method: request.method,
      path: url.pathname,
      perspective,
      sourceMap,
      authorization: request.headers.authorization,
      query,
      documentsReturned: 0,
      evaluationMs: 0,
    }
    requests.push(record)
    const failure = failures.shift()
    if (failure)
      return send(response, failure, {error: 'Simulated failure', message: `Stand-in answered ${failure}`, statusCode: failure})
    if (options.requiredToken && request.headers.authorization !== `Bearer ${options.requiredToken}`) {
      return send(response, 401, {error: 'Unauthorized', message: 'Session not found', statusCode: 401})
    }
    try {
      const started = performance.now()
      const result = await evaluateGroq<unknown>(query, params, applyPerspective(documents, toPerspective(perspective)))
      record.documentsReturned = countDocuments(result)
      const ms = Math.round(performance.now() - started)
      record.evaluationMs = ms
      send(response, 200, {query, result, ms, ...(sourceMap ? {resultSourceMap: approximateSourceMap(result)} : {})})
    } catch (error) {
      send(response, 400, {error: {description: (error as Error).message, type: 'queryParseError'}})
    }
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
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
      documents = next
    },
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}
