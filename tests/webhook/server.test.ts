import {request as httpRequest} from 'node:http'
import {SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createLogger} from '../../scripts/webhook/log.ts'
import {startRebuildService, type RunningService} from '../../scripts/webhook/service.ts'
import {change, makeWorkspace, postSigned, SECRET, signatureFor, testConfig, waitFor, type Workspace} from './support.ts'

let workspace: Workspace
let service: RunningService
const logLines: string[] = []

beforeAll(async () => {
  workspace = makeWorkspace()
  service = await startRebuildService(
    testConfig(workspace),
    createLogger((line) => logLines.push(line)),
  )
})
afterAll(async () => {
  await service.stop()
})

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${service.url}/webhooks/sanity`, {method: 'POST', headers: {'content-type': 'application/json', ...headers}, body})

/** How an oversized delivery ended for the client, and how much of it the client got to send. */
interface OversizedOutcome {
  /** The server's status, or the close a client still sending can meet before it reads the answer. */
  answer: number | 'closed while sending'
  bytesWritten: number
}

/**
 * Streams `totalBytes` in chunks without a Content-Length, as a client that does not say how much
 * is coming, and stops at the server's answer. The server answers 413 and closes without reading
 * the rest; a client still writing may then meet the reset (EPIPE, ECONNRESET) before it has read
 * the answer.
 */
function sendOversized(totalBytes: number, signature: string): Promise<OversizedOutcome> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${service.url}/webhooks/sanity`, {
      method: 'POST',
      headers: {'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature},
    })
    let bytesWritten = 0
    let answered = false
    const chunk = Buffer.alloc(64 * 1024, 'a')
    request.on('response', (response) => {
      answered = true
      response.resume()
      resolve({answer: response.statusCode ?? 0, bytesWritten})
    })
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') resolve({answer: 'closed while sending', bytesWritten})
      else reject(error)
    })
    const writeMore = () => {
      while (bytesWritten < totalBytes && !answered) {
        bytesWritten += chunk.length
        if (!request.write(chunk)) return request.once('drain', writeMore)
      }
      request.end()
    }
    writeMore()
  })
}

describe('webhook endpoint', () => {
  it('answers 202 to a signed delivery and starts exactly one build for it', async () => {
    const response = await postSigned(service.url, change('page-about'))
    expect(response.status).toBe(202)
    expect(await response.json()).toEqual({accepted: 1})
    await waitFor(() => service.status().lastBuild)
    expect(workspace.runs()).toHaveLength(1)
    expect(service.status()).toMatchObject({
      state: 'idle',
      builds: 1,
      lastBuild: {result: 'success', pageCount: 6, triggeredBy: ['page-about']},
    })
  })

  it('answers 401 to a missing, malformed or wrongly signed delivery, and to an old signature', async () => {
    const body = JSON.stringify(change('page-1'))
    expect((await post(body)).status).toBe(401)
    expect((await post(body, {[SIGNATURE_HEADER_NAME]: 'v1=abc'})).status).toBe(401)
    expect((await post(body, {[SIGNATURE_HEADER_NAME]: await signatureFor(body, {secret: 'not-the-secret'})})).status).toBe(401)
    const tooOld = await post(body, {[SIGNATURE_HEADER_NAME]: await signatureFor(body, {timestamp: Date.now() - 301_000})})
    expect(tooOld.status).toBe(401)
    expect(await tooOld.json()).toEqual({error: 'The signature is too old.'})
  })

  it('answers 400 to a correctly signed body that is not JSON', async () => {
    const response = await post('{not json', {[SIGNATURE_HEADER_NAME]: await signatureFor('{not json', {secret: SECRET})})
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({error: 'The body is not JSON.'})
  })

  it('answers 413 to a body over 1 MiB, declared or streamed, without reading all of it', async () => {
    const total = 8 * 1024 * 1024
    const refusals = () => logLines.filter((line) => line.includes('refused delivery: body over 1 MiB')).length
    const before = refusals()
    // A declared length over the limit is refused from the headers, before a byte of the body.
    const declared = httpRequest(`${service.url}/webhooks/sanity`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': String(total),
        [SIGNATURE_HEADER_NAME]: await signatureFor('x'),
      },
    })
    declared.flushHeaders()
    const answer = await new Promise<number>((resolve, reject) => {
      declared.once('response', (response) => resolve(response.statusCode ?? 0))
      declared.once('error', reject)
    })
    declared.destroy()
    expect(answer).toBe(413)
    // A body streamed without a length is refused once it passes the limit.
    const streamed = await sendOversized(total, await signatureFor('x'))
    expect([413, 'closed while sending']).toContain(streamed.answer)
    expect(streamed.bytesWritten).toBeLessThan(total)
    expect(refusals() - before).toBe(2)
  })

  it('answers 405 with an Allow header to other methods', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await fetch(`${service.url}/webhooks/sanity`, {method})
      expect(response.status).toBe(405)
      expect(response.headers.get('allow')).toBe('POST')
    }
    const status = await fetch(`${service.url}/status`, {method: 'POST'})
    expect(status.status).toBe(405)
    expect(status.headers.get('allow')).toBe('GET, HEAD')
  })

  it('accepts signed drafts without building for them', async () => {
    const builds = service.status().builds
    const response = await postSigned(service.url, change('drafts.page-1'))
    expect(response.status).toBe(202)
    expect(await response.json()).toEqual({accepted: 0})
    expect(service.status()).toMatchObject({state: 'idle', builds, pending: []})
  })

  it('serves /healthz and /status, and 404 elsewhere', async () => {
    const health = await fetch(`${service.url}/healthz`)
    expect([health.status, await health.text()]).toEqual([200, 'ok'])
    const status = await fetch(`${service.url}/status`)
    expect(status.headers.get('content-type')).toMatch(/application\/json/)
    expect(await status.json()).toMatchObject({state: 'idle', mode: 'command', pending: [], currentBuild: null})
    expect((await fetch(`${service.url}/webhooks`)).status).toBe(404)
  })

  it('never writes what a delivery contained to the log', async () => {
    const response = await postSigned(service.url, [change('clinician-jane-doe-secret-id'), change('faq-2')])
    expect(response.status).toBe(202)
    await waitFor(() => service.status().state === 'idle' && service.status().builds >= 2)
    const log = logLines.join('')
    expect(log).toContain('accepted delivery: documents=2')
    expect(log).not.toContain('clinician-jane-doe-secret-id')
    expect(log).not.toContain('page-about')
  })
})
