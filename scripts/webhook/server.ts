// The HTTP face of the service: the signed webhook endpoint, /status and /healthz.
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import {SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {readLimitedBody} from './body.ts'
import type {Logger} from './log.ts'
import {parseDelivery} from './payload.ts'
import {checkSignature} from './signature.ts'

export const WEBHOOK_PATH = '/webhooks/sanity'

export interface WebhookServerOptions {
  secret: string
  toleranceMs: number
  /** Receives the ids of the published documents of every accepted delivery. */
  onChange(ids: string[]): void
  /** The JSON that /status answers with. */
  status(): object
  log: Logger
}

function sendJson(response: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) {
  response.writeHead(status, {'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers})
  response.end(JSON.stringify(body))
}

const methodNotAllowed = (response: ServerResponse, allow: string) => sendJson(response, 405, {error: `Use ${allow}.`}, {allow})

async function receiveDelivery(request: IncomingMessage, response: ServerResponse, options: WebhookServerOptions) {
  const read = await readLimitedBody(request)
  if (!read.ok) {
    if (read.reason === 'aborted') return
    options.log.warn('refused delivery: body over 1 MiB')
    // Closing the connection is what stops the client sending the rest.
    response.once('finish', () => request.socket.destroySoon())
    return sendJson(response, 413, {error: 'The body is larger than 1 MiB.'}, {connection: 'close'})
  }
  // Verify over the exact bytes received: re-serialised JSON would not match Sanity's signature.
  const rawBody = read.body.toString('utf8')
  const signature = await checkSignature(rawBody, request.headers[SIGNATURE_HEADER_NAME], options)
  if (!signature.valid) {
    options.log.warn(`refused delivery: signature ${signature.reason}`)
    const error = signature.reason === 'expired' ? 'The signature is too old.' : 'Missing or invalid signature.'
    return sendJson(response, 401, {error})
  }
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

export function createWebhookServer(options: WebhookServerOptions): Server {
  return createServer((request, response) => {
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
    if (pathname === '/status') {
      if (!readOnly) return methodNotAllowed(response, 'GET, HEAD')
      return sendJson(response, 200, options.status())
    }
    if (pathname === '/healthz') {
      if (!readOnly) return methodNotAllowed(response, 'GET, HEAD')
      response.writeHead(200, {'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store'})
      return response.end('ok')
    }
    sendJson(response, 404, {error: 'Not found.'})
  })
}
