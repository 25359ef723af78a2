// What a client without the secret can make the rebuild service hold: a request is refused on its
// headers when the signature is missing or malformed, a body slower than the request timeout is
// dropped, and connections beyond the cap get 503.
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {forgedSignature, openSlowRequest, type Answer, type SlowRequest} from '../../scripts/bench/webhookFlood.ts'
import {silentLogger} from '../../scripts/webhook/log.ts'
import {startRebuildService, type RunningService} from '../../scripts/webhook/service.ts'
import {makeWorkspace, postSigned, change, testConfig, waitFor} from './support.ts'

const REQUEST_TIMEOUT_MS = 600
const MAX_CONNECTIONS = 3

let service: RunningService
const open: SlowRequest[] = []

beforeAll(async () => {
  service = await startRebuildService(
    testConfig(makeWorkspace(), {requestTimeoutMs: REQUEST_TIMEOUT_MS, maxConnections: MAX_CONNECTIONS}),
    silentLogger,
  )
})
afterEach(() => {
  for (const request of open.splice(0)) request.close()
})
afterAll(() => service.stop())

/** The answer, or `pending` if none came within `ms`. */
const answerWithin = (request: SlowRequest, ms: number): Promise<Answer> =>
  Promise.race([request.answer, new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms))])

function slow(signature: string | undefined, sentBytes: number) {
  const request = openSlowRequest(service.url, {declaredBytes: 1000, sentBytes, signature})
  open.push(request)
  return request
}

describe('limits of the rebuild service', () => {
  it('refuses a delivery with a missing, malformed or expired signature before its body arrives', async () => {
    const stale = forgedSignature(Date.now() - 2 * 3600_000)
    for (const signature of [undefined, 'v1=abc', 't=123,v1=short', stale]) {
      // Far less time than the request timeout: the answer comes from the headers alone.
      expect(await answerWithin(slow(signature, 0), REQUEST_TIMEOUT_MS / 2), String(signature)).toBe(401)
    }
  })

  it('stops reading a body that arrives slower than the request timeout', async () => {
    const request = slow(forgedSignature(), 10)
    expect(String(await answerWithin(request, REQUEST_TIMEOUT_MS * 4))).toMatch(/^(408|closed)$/)
  })

  it('answers 503 to connections beyond the cap, and serves again once they close', async () => {
    const held = Array.from({length: MAX_CONNECTIONS}, () => slow(forgedSignature(), 10))
    // Every held connection has been accepted before the next one comes.
    await waitFor(async () => (await fetch(`${service.url}/healthz`)).status === 503, 2000)
    const refused = await fetch(`${service.url}/healthz`)
    expect(refused.status).toBe(503)
    expect(refused.headers.get('retry-after')).toBeTruthy()
    for (const request of held) request.close()
    await waitFor(async () => (await fetch(`${service.url}/healthz`)).status === 200, 2000)
    expect((await postSigned(service.url, change('page-after-flood'))).status).toBe(202)
  })
})
