// The HTTP face of the receiver: POST /inquiries from the site's form, /healthz, and the internal
// /status. A visitor is sent on with a 303 to the site's thank-you page only after the inquiry is on
// disk; anything the receiver refuses gets a short page that points to the site's phone and crisis help.
// Both pages are in the language of the page the form was sent from.
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import {DEFAULT_LANGUAGE} from '../../schemas/lib/languages.ts'
import {INQUIRY_RECEIVER_PATH, INQUIRY_RESULT_PATHS} from '../../site/lib/pages/inquiryForm.ts'
import {readLimitedBody} from '../webhook/body.ts'
import type {Logger} from '../webhook/log.ts'
import {parseInquiryForm, type Inquiry} from './form.ts'
import {checkOrigin} from './origin.ts'
import type {RateLimiter} from './rateLimit.ts'
import {refererLanguage, refusalPage, type RefusalReason} from './refusal.ts'

/** A filled-in form is well under 2 KB; 16 KB leaves room for any alphabet and still stops floods. */
export const MAX_FORM_BYTES = 16 * 1024

export interface IntakeServerOptions {
  siteOrigin: string
  allowedOrigins: readonly string[]
  trustProxy: boolean
  rateLimiter: RateLimiter
  /** Stores the inquiry durably; resolves with its reference once it is on disk. */
  accept(inquiry: Inquiry): Promise<string>
  /** The JSON that /status answers with: counts and ages, never content. */
  status(): object
  log: Logger
}

const BASE_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
}

function sendJson(response: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) {
  response.writeHead(status, {...BASE_HEADERS, 'content-type': 'application/json; charset=utf-8', ...headers})
  response.end(JSON.stringify(body))
}

/**
 * A refusal a browser shows as a page. The site's own error page has the clinic's phone number and
 * the crisis line; this one sends the visitor there.
 */
function sendRefusal(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  reason: RefusalReason,
  siteOrigin: string,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, {
    ...BASE_HEADERS,
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'",
    ...headers,
  })
  response.end(refusalPage(reason, siteOrigin, refererLanguage(request.headers)))
}

function redirect(response: ServerResponse, location: string) {
  response.writeHead(303, {...BASE_HEADERS, location})
  response.end()
}

function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  // Behind nginx every connection comes from 127.0.0.1; nginx passes the visitor's address in X-Real-IP.
  const forwarded = trustProxy ? request.headers['x-real-ip'] : undefined
  const fromProxy = Array.isArray(forwarded) ? forwarded[0] : forwarded
  return fromProxy?.trim() || request.socket.remoteAddress || 'unknown'
}

async function receiveInquiry(request: IncomingMessage, response: ServerResponse, options: IntakeServerOptions) {
  const {log, siteOrigin} = options
  const origin = checkOrigin(request.headers, options.allowedOrigins)
  if (!origin.ok) {
    log.warn(`refused post: origin ${origin.reason}`)
    return sendRefusal(request, response, 403, 'foreign', siteOrigin)
  }
  // Never logged: an IP address identifies a person as much as a name does.
  const address = clientAddress(request, options.trustProxy)
  if (!options.rateLimiter.take(address)) {
    log.warn('refused post: rate limit')
    const retryAfter = String(Math.ceil(options.rateLimiter.retryAfterMs(address) / 1000))
    return sendRefusal(request, response, 429, 'rateLimited', siteOrigin, {'retry-after': retryAfter})
  }
  const type = String(request.headers['content-type'] ?? '')
    .split(';')[0]
    ?.trim()
    .toLowerCase()
  if (type !== 'application/x-www-form-urlencoded') {
    log.warn('refused post: not a form')
    return sendRefusal(request, response, 415, 'notAForm', siteOrigin)
  }
  const read = await readLimitedBody(request, MAX_FORM_BYTES)
  if (!read.ok) {
    if (read.reason === 'aborted') return
    log.warn(`refused post: body over ${MAX_FORM_BYTES} bytes`)
    // Closing the connection is what stops the client sending the rest.
    response.once('finish', () => request.socket.destroySoon())
    return sendRefusal(request, response, 413, 'tooLong', siteOrigin, {connection: 'close'})
  }

  const form = parseInquiryForm(new URLSearchParams(read.body.toString('utf8')))
  const sent = `${origin.origin}${INQUIRY_RESULT_PATHS[form.language].sent}`
  const notSent = `${origin.origin}${INQUIRY_RESULT_PATHS[form.language].notSent}`
  if (form.kind === 'honeypot') {
    // Thanked like anyone else, so a bot learns nothing; nothing is stored or sent.
    log.info('dropped post: hidden field filled in')
    return redirect(response, sent)
  }
  if (form.kind === 'invalid') {
    log.warn(`refused post: invalid fields ${form.fields.join(',')}`)
    return redirect(response, notSent)
  }
  let ref: string
  try {
    ref = await options.accept(form.inquiry)
  } catch (error) {
    log.error(`could not store an inquiry: ${error instanceof Error ? error.message : String(error)}`)
    return redirect(response, notSent)
  }
  log.info(`accepted inquiry: ref=${ref}`)
  redirect(response, sent)
}

export function createIntakeServer(options: IntakeServerOptions): Server {
  return createServer((request, response) => {
    const {pathname} = new URL(request.url ?? '/', 'http://localhost')
    const method = request.method ?? 'GET'
    const readOnly = method === 'GET' || method === 'HEAD'
    const methodNotAllowed = (allow: string) => sendJson(response, 405, {error: `Use ${allow}.`}, {allow})

    if (pathname === INQUIRY_RECEIVER_PATH) {
      if (method !== 'POST') return methodNotAllowed('POST')
      receiveInquiry(request, response, options).catch((error: unknown) => {
        options.log.error(`inquiry handling failed: ${error instanceof Error ? error.message : String(error)}`)
        if (!response.headersSent) redirect(response, `${options.siteOrigin}${INQUIRY_RESULT_PATHS[DEFAULT_LANGUAGE].notSent}`)
      })
      return
    }
    if (pathname === '/status') {
      if (!readOnly) return methodNotAllowed('GET, HEAD')
      return sendJson(response, 200, options.status())
    }
    if (pathname === '/healthz') {
      if (!readOnly) return methodNotAllowed('GET, HEAD')
      response.writeHead(200, {...BASE_HEADERS, 'content-type': 'text/plain; charset=utf-8'})
      return response.end('ok')
    }
    sendJson(response, 404, {error: 'Not found.'})
  })
}
