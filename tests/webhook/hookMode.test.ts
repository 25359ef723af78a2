import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {silentLogger} from '../../scripts/webhook/log.ts'
import {startRebuildService, type RunningService} from '../../scripts/webhook/service.ts'
import {change, makeWorkspace, postSigned, sleep, testConfig, waitFor} from './support.ts'

/** A stand-in for a host's build hook: counts POSTs and answers with `answer`. */
let hook: Server
let hookUrl: string
const calls: string[] = []
let answer = 201

beforeAll(async () => {
  hook = createServer((request, response) => {
    calls.push(`${request.method} ${request.url}`)
    response.writeHead(answer).end()
  })
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
  hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/build_hooks/secret-token-123`
})
afterAll(() => new Promise<void>((resolve) => hook.close(() => resolve())))

describe('build-hook mode', () => {
  let service: RunningService
  beforeAll(async () => {
    service = await startRebuildService(
      {...testConfig(makeWorkspace(), {debounceMs: 300}), rebuild: {mode: 'hook', hookUrl, timeoutMs: 5000}},
      silentLogger,
    )
  })
  afterAll(() => service.stop())

  it('calls the build hook once for a burst of deliveries', async () => {
    const responses = await Promise.all(Array.from({length: 10}, (_, index) => postSigned(service.url, change(`doc-${index}`))))
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(202))
    await waitFor(() => service.status().lastBuild)
    await sleep(300)
    expect(calls).toEqual(['POST /build_hooks/secret-token-123'])
    expect(service.status()).toMatchObject({mode: 'hook', builds: 1, lastBuild: {result: 'success', pageCount: null}})
    expect(service.status().lastBuild?.triggeredBy).toHaveLength(10)
  })

  it('reports a refused hook call without showing its secret URL', async () => {
    answer = 500
    await postSigned(service.url, change('doc-x'))
    await waitFor(() => service.status().builds === 2 && service.status().state === 'idle')
    const lastBuild = service.status().lastBuild
    expect(lastBuild).toMatchObject({result: 'failed', error: 'the build hook answered 500'})
    expect(JSON.stringify(service.status())).not.toContain('secret-token-123')
  })
})
