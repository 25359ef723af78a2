// The HTTP face of the service: the signed webhook endpoint, /status and /healthz, with limits on
// what a client without the secret can make it hold.
import {timingSafeEqual} from 'node:crypto'
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {Socket} from 'node:net'
import {SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {readLimitedBody} from './body.ts'
import type {StatusAccess} from './config.ts'
import type {Logger} from './log.ts'
import {parseDelivery} from './payload.ts'
import {checkSignature, checkSignatureHeader} from './signature.ts'

export const WEBHOOK_PATH = '/webhooks/sanity'

export interface WebhookServerOptions {
  secret: string
  toleranceMs: number
  /** Receives the ids of the published documents of every accepted delivery. */
  onChange(ids: string[]): void
  /** The JSON that /status answers with. */
  status(): object
  statusAccess: StatusAccess
  /** Open connections beyond this many are answered 503. */
  maxConnections: number
  /** How long a client may take to send a whole request, headers and body. */
  requestTimeoutMs: number
  log: Logger
}

function sendJson(response: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) {
  response.writeHead(status, {'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers})
  response.end(JSON.stringify(body))
}

/** Answers and closes the connection, which is what stops a client sending the body we did not read. */
function sendJsonAndClose(response: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) {
  response.once('finish', () => response.req.socket.destroySoon())
  sendJson(response, status, body, {...headers, connection: 'close'})
}

const methodNotAllowed = (response: ServerResponse, allow: string) => sendJson(response, 405, {error: `Use ${allow}.`}, {allow})

function refuseSignature(response: ServerResponse, reason: string, log: Logger) {
  log.warn(`refused delivery: signature ${reason}`)
  const error = reason === 'expired' ? 'The signature is too old.' : 'Missing or invalid signature.'
  sendJsonAndClose(response, 401, {error})
}

async function receiveDelivery(request: IncomingMessage, response: ServerResponse, options: WebhookServerOptions) {
  // Without a plausible signature there is no reason to read, or hold, a single byte of the body.
  const header = checkSignatureHeader(request.headers[SIGNATURE_HEADER_NAME], options)
  if (!header.valid) return refuseSignature(response, header.reason, options.log)
  const read = await readLimitedBody(request)
  if (!read.ok) {
    if (read.reason === 'aborted') return
    options.log.warn('refused delivery: body over 1 MiB')
    return sendJsonAndClose(response, 413, {error: 'The body is larger than 1 MiB.'})
  }
  // Verify over the exact bytes received: re-serialised JSON would not match Sanity's signature.
  const rawBody = read.body.toString('utf8')
  const signature = await checkSignature(rawBody, header.header, options)
  if (!signature.valid) return refuseSignature(response, signature.reason, options.log)
  const delivery = parseDelivery(rawBody)
  if (!delivery.ok) {
    options.log.warn(`refused signed delivery: ${delivery.message}`)
    return sendJson(response, 400, {error: delivery.message})
  }
  // Counts only: the log never holds what a delivery contained.
  options.log.info(`accepted delivery: documents=${delivery.ids.length}`)
  if (delivery.ids.length > 0) options.onChange(delivery.ids)
  sendJson(response, 202, {accepted: delivery.ids.length})
}

function equalInConstantTime(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Answers /status to those allowed to read it. */
function answerStatus(request: IncomingMessage, response: ServerResponse, options: WebhookServerOptions) {
  const access = options.statusAccess
  if (access.kind === 'token' && !equalInConstantTime(request.headers.authorization ?? '', `Bearer ${access.token}`)) {
    return sendJson(response, 401, {error: 'This needs the status token.'}, {'www-authenticate': 'Bearer'})
  }
  sendJson(response, 200, options.status())
}

/**
 * Counts open connections and marks those beyond the cap, which get a 503 as soon as their request
 * line and headers are in (bounded by the request timeout and Node's 16 KiB header limit). Far
 * beyond the cap, Node drops connections outright.
 */
function capConnections(server: Server, maxConnections: number): (socket: Socket) => boolean {
  let open = 0
  const overCapacity = new WeakSet<Socket>()
  server.on('connection', (socket: Socket) => {
    open += 1
    if (open > maxConnections) overCapacity.add(socket)
    socket.once('close', () => (open -= 1))
  })
  server.maxConnections = maxConnections * 4
  return (socket) => overCapacity.has(socket)
}

export function createWebhookServer(options: WebhookServerOptions): Server {
  const server = createServer(
    {
      // A whole request, headers and body, must arrive within this time, or it is answered 408 and
      // closed. Node checks the deadline every `connectionsCheckingInterval`, 30 s unless told.
      requestTimeout: options.requestTimeoutMs,
      headersTimeout: options.requestTimeoutMs,
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(options.requestTimeoutMs / 4))),
    },
    (request, response) => handle(request, response),
  )
  const isOverCapacity = capConnections(server, options.maxConnections)

  function handle(request: IncomingMessage, response: ServerResponse) {
    if (isOverCapacity(request.socket)) {
      return sendJsonAndClose(response, 503, {error: 'Too many connections; try again shortly.'}, {'retry-after': '5'})
    }
    const {pathname} = new URL(request.url ?? '/', 'http://localhost')
    const method = request.method ?? 'GET'
    const readOnly = method === 'GET' || method === 'HEAD'

    if (pathname === WEBHOOK_PATH) {
      if (method !== 'POST') return methodNotAllowed(response, 'POST')
      receiveDelivery(request, response, options).catch((error: unknown) => {
        options.log.error(`delivery handling failed: ${error instanceof Error ? error.message : String(error)}`)
        if (!response.headersSent) sendJson(response, 500, {error: 'Internal error.'})
      })
      return
    }
    // Switched off, /status is not there at all: a 404 like any unknown path.
    if (pathname === '/status' && options.statusAccess.kind !== 'off') {
      if (!readOnly) return methodNotAllowed(response, 'GET, HEAD')
      return answerStatus(request, response, options)
    }
    if (pathname === '/healthz') {
      if (!readOnly) return methodNotAllowed(response, 'GET, HEAD')
      response.writeHead(200, {'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store'})
      return response.end('ok')
    }
    sendJson(response, 404, {error: 'Not found.'})
  }

  return server
}
