// The local Content Lake's HTTP API: the routes of Sanity's API that the Studio, @sanity/client and
// the site use, under any API version prefix (`/v2025-02-19/...`, `/vX/...`, `/v1/...`).
import {timingSafeEqual} from 'node:crypto'
import type {IncomingMessage, ServerResponse} from 'node:http'
import {runActions} from './actions.ts'
import {serveAsset, uploadAsset, type AssetKind, type AssetStore} from './assets.ts'
import type {Dataset} from './dataset.ts'
import {LakeError, badRequest, notFound} from './errors.ts'
import {documentEvents, documentsAt, transactionsFor} from './history.ts'
import {paramsFrom, readBody, readJson, sendError, sendJson} from './http.ts'
import {isPublishedId} from './ids.ts'
import {handleListen, handleLiveEvents, LAKE_SYNC_TAG} from './listen.ts'
import {ticketIsValid} from './listenPorts.ts'
import type {MutationInput} from './mutations.ts'
import {perspectiveFromParam, type Perspective} from './perspective.ts'
import {LOCAL_USER, projectAnswers} from './project.ts'

const MAX_JSON_BYTES = 32 * 1024 * 1024
const MAX_UPLOAD_BYTES = 64 * 1024 * 1024

export interface LakeServerOptions {
  projectId: string
  dataset: Dataset
  assets: AssetStore
  token: string
  /** Browser origins allowed to call the API (the local Studio). */
  allowedOrigins: string[]
  /**
   * `main`: the whole API. `listen`: an extra port that serves only listeners redirected to it,
   * with a ticket instead of the token (see listenPorts.ts).
   */
  role?: 'main' | 'listen'
  /** Where browsers' listeners go, so they do not use up the main port's six connections. */
  redirectListen?: (request: IncomingMessage, url: URL) => Promise<string>
  /**
   * Called with each query's result; what it returns is added to the answer (the test stand-in adds
   * an approximate Content Source Map this way). `request` identifies the request.
   */
  onQuery?: (entry: {
    request: IncomingMessage
    query: string
    perspective: Perspective
    result: unknown
    ms: number
  }) => Record<string, unknown> | void
  /** Every request, for tests and the developer's log (never bodies). */
  onRequest?: (entry: {method: string; path: string; status: number}) => void
}

const VERSION_PREFIX = /^\/v(?:\d{4}-\d{2}-\d{2}|X|1)(?=\/)/

/** Only names this machine answers to: a page on another site cannot reach the lake through DNS rebinding. */
function isLocalHost(host: string | undefined): boolean {
  if (!host) return false
  const name = host.replace(/:\d+$/, '').toLowerCase()
  return name === 'localhost' || name === '127.0.0.1' || name === '[::1]' || name.endsWith('.localhost')
}

export function createLakeHandler(options: LakeServerOptions) {
  const {dataset, projectId} = options
  const project = projectAnswers(projectId, dataset.name)
  const expected = Buffer.from(`Bearer ${options.token}`)
  const isAuthorized = (request: IncomingMessage) => {
    const given = Buffer.from(request.headers.authorization ?? '')
    return given.length === expected.length && timingSafeEqual(given, expected)
  }
  const requireToken = (request: IncomingMessage) => {
    if (!isAuthorized(request))
      throw new LakeError(401, 'unauthorized', 'This needs the local Content Lake token (Authorization: Bearer <token>).')
  }
  const dataRoute = (pathname: string, endpoint: string) => {
    const match = new RegExp(`^/data/${endpoint}/([^/]+)(?:/(.*))?$`).exec(pathname)
    if (!match) return undefined
    if (match[1] !== dataset.name) throw notFound(`Dataset "${match[1]}" not found`)
    return {rest: match[2] ? decodeURIComponent(match[2]) : ''}
  }

  async function route(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const method = request.method ?? 'GET'
    const pathname = url.pathname.replace(VERSION_PREFIX, '')
    const search = url.searchParams

    // Images and files, where @sanity/image-url looks for them; public like the asset CDN.
    const asset = /^\/(images|files)\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(pathname)
    if (asset && method === 'GET') {
      if (asset[2] !== projectId || asset[3] !== dataset.name) throw notFound('No such asset.')
      await serveAsset(options.assets, asset[4] ?? '', search, response)
      return
    }

    const query = dataRoute(pathname, 'query')
    if (query && (method === 'GET' || method === 'POST')) {
      let text = search.get('query') ?? ''
      let params = paramsFrom(search)
      if (method === 'POST') {
        const body = await readJson<{query?: string; params?: Record<string, unknown>}>(request, MAX_JSON_BYTES)
        text = body.query ?? ''
        params = body.params ?? {}
      }
      // Without the token only published documents are visible, as on a public dataset.
      const asked = search.get('perspective')
      let perspective: Perspective = asked ? perspectiveFromParam(asked) : 'raw'
      if (!isAuthorized(request)) perspective = 'published'
      const started = performance.now()
      let result: unknown
      try {
        result = await dataset.query(text, params, perspective)
      } catch (error) {
        throw new LakeError(400, 'queryParseError', (error as Error).message)
      }
      const ms = Math.round(performance.now() - started)
      const extra = options.onQuery?.({request, query: text, perspective, result, ms}) ?? {}
      sendJson(response, 200, {query: text, result, syncTags: [LAKE_SYNC_TAG], ms, ...extra})
      return
    }

    const doc = dataRoute(pathname, 'doc')
    if (doc && method === 'GET') {
      const ids = doc.rest.split(',').filter(Boolean)
      const authorized = isAuthorized(request)
      const documents = ids.map((id) => dataset.get(id)).filter((found) => found && (authorized || isPublishedId(found._id)))
      const omitted = ids.filter((id) => !documents.some((found) => found?._id === id)).map((id) => ({id, reason: 'existence'}))
      sendJson(response, 200, {documents, omitted})
      return
    }

    const listen = dataRoute(pathname, 'listen')
    const live = dataRoute(pathname, 'live/events')
    const stream = listen ?? live
    const serveStream = () =>
      listen ? handleListen(request, response, dataset, search) : handleLiveEvents(request, response, dataset)
    if (options.role === 'listen') {
      if (!stream || method !== 'GET') throw notFound('This port serves only listeners.')
      if (!ticketIsValid(options.token, url))
        throw new LakeError(401, 'unauthorized', 'The listener ticket is missing, wrong or expired.')
      serveStream()
      return
    }
    if (stream && method === 'GET') {
      // Live events of published content are public, as on sanity.io; listeners and drafts need the token.
      if (listen || search.get('includeDrafts') === 'true') requireToken(request)
      if (options.redirectListen && request.headers.origin) {
        response.writeHead(307, {location: await options.redirectListen(request, url), 'cache-control': 'no-store'})
        response.end()
        return
      }
      serveStream()
      return
    }

    const mutate = dataRoute(pathname, 'mutate')
    if (mutate && method === 'POST') {
      requireToken(request)
      const body = await readJson<{mutations?: unknown; transactionId?: unknown}>(request, MAX_JSON_BYTES)
      if (!Array.isArray(body.mutations)) throw badRequest('The body needs a "mutations" array.')
      const {transaction, results} = await dataset.commit(body.mutations as MutationInput[], {
        author: LOCAL_USER.id,
        transactionId: typeof body.transactionId === 'string' ? body.transactionId : undefined,
      })
      const returnDocuments = search.get('returnDocuments') === 'true'
      const after = new Map(transaction.documents.map((change) => [change.id, change.after]))
      sendJson(response, 200, {
        transactionId: transaction.id,
        results: results.map((result) => ({
          ...result,
          ...(returnDocuments ? {document: after.get(result.id) ?? dataset.get(result.id) ?? null} : {}),
        })),
      })
      return
    }

    const actions = dataRoute(pathname, 'actions')
    if (actions && method === 'POST') {
      requireToken(request)
      const body = await readJson<{actions?: unknown; transactionId?: unknown}>(request, MAX_JSON_BYTES)
      sendJson(response, 200, await runActions(dataset, body, LOCAL_USER.id))
      return
    }

    const history = dataRoute(pathname, 'history')
    if (history && method === 'GET') {
      requireToken(request)
      const [kind, ids = '', more] = history.rest.split('/')
      if (kind === 'documents') {
        sendJson(response, 200, {documents: documentsAt(dataset, ids.split(','), search)})
        return
      }
      if (kind === 'transactions') {
        response.writeHead(200, {'content-type': 'application/x-ndjson'})
        response.end(transactionsFor(dataset, ids.split(','), search))
        return
      }
      if (kind === 'events' && ids === 'documents' && more) {
        sendJson(response, 200, documentEvents(dataset, more))
        return
      }
      if (kind === 'events') {
        sendJson(response, 200, {events: {}, nextCursor: ''})
        return
      }
      throw notFound(`No history route ${history.rest}`)
    }

    const exportRoute = dataRoute(pathname, 'export')
    if (exportRoute && method === 'GET') {
      requireToken(request)
      response.writeHead(200, {'content-type': 'application/x-ndjson'})
      for (const document of dataset.all()) response.write(`${JSON.stringify(document)}\n`)
      response.end()
      return
    }

    const upload = /^\/assets\/(images|files)\/([^/]+)$/.exec(pathname)
    if (upload && method === 'POST') {
      requireToken(request)
      if (upload[2] !== dataset.name) throw notFound(`Dataset "${upload[2]}" not found`)
      const kind: AssetKind = upload[1] === 'images' ? 'image' : 'file'
      const bytes = await readBody(request, MAX_UPLOAD_BYTES)
      const filename = search.get('filename') ?? (kind === 'image' ? 'image' : 'file')
      const document = await uploadAsset(options.assets, dataset, kind, bytes, {filename, author: LOCAL_USER.id})
      sendJson(response, 200, {document})
      return
    }

    // The Studio's own questions at start; the key-value store keeps nothing between starts.
    if (pathname.startsWith('/users/me/keyvalue') && method === 'PUT') {
      requireToken(request)
      const body = await readJson<unknown>(request, 1024 * 1024)
      sendJson(response, 200, Array.isArray(body) ? body : [body])
      return
    }
    const answer = project.answer(pathname, search)
    if (answer.found && method === 'GET') {
      // Probes of the connection itself need no token.
      if (pathname !== '/ping' && !pathname.startsWith('/check/cors')) requireToken(request)
      sendJson(response, 200, answer.body)
      return
    }
    throw notFound(`The local Content Lake has no route for ${method} ${pathname}`)
  }

  return async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const origin = request.headers.origin
    // After a redirect to another origin, browsers send `Origin: null`; the listener ports accept it
    // because their requests carry a signed ticket that only the Studio was given.
    const allowedOrigins = options.role === 'listen' ? [...options.allowedOrigins, 'null'] : options.allowedOrigins
    if (origin && allowedOrigins.includes(origin)) {
      response.setHeader('access-control-allow-origin', origin)
      response.setHeader('access-control-allow-credentials', 'true')
      response.setHeader('vary', 'origin')
    }
    try {
      if (!isLocalHost(request.headers.host))
        throw new LakeError(421, 'misdirected', 'The local Content Lake answers only to localhost names.')
      if (origin && !allowedOrigins.includes(origin))
        throw new LakeError(403, 'corsOriginNotAllowed', `The origin ${origin} may not use the local Content Lake.`)
      // A token that is given but wrong is refused, as sanity.io refuses it; no token reads as the public.
      if (request.headers.authorization !== undefined && options.role !== 'listen' && !isAuthorized(request))
        throw new LakeError(401, 'unauthorized', "Session not found: the token is not this lake's.")
      if (request.method === 'OPTIONS') {
        response.writeHead(204, {
          'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
          'access-control-allow-headers': request.headers['access-control-request-headers'] ?? 'authorization, content-type',
          'access-control-max-age': '600',
        })
        response.end()
      } else {
        await route(request, response, url)
      }
    } catch (error) {
      if (!response.headersSent) sendError(response, error)
      else response.end()
    }
    options.onRequest?.({method: request.method ?? 'GET', path: url.pathname, status: response.statusCode})
  }
}
