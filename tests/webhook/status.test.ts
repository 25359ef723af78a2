// Who may read /status: it shows document ids and build output, so it can be switched off, or
// require a token, for setups where the service is reachable without a reverse proxy.
import {afterEach, describe, expect, it} from 'vitest'
import {silentLogger} from '../../scripts/webhook/log.ts'
import {startRebuildService, type RunningService} from '../../scripts/webhook/service.ts'
import type {StatusAccess} from '../../scripts/webhook/config.ts'
import {makeWorkspace, testConfig} from './support.ts'

const TOKEN = 'status-token-0123456789abcdef'
const running: RunningService[] = []
afterEach(async () => {
  for (const service of running.splice(0)) await service.stop()
})

async function serviceWith(statusAccess: StatusAccess) {
  const service = await startRebuildService(testConfig(makeWorkspace(), {statusAccess}), silentLogger)
  running.push(service)
  return service
}

const statusOf = (service: RunningService, headers: Record<string, string> = {}) => fetch(`${service.url}/status`, {headers})

describe('access to /status', () => {
  it('answers 404 when it is switched off, while /healthz still works', async () => {
    const service = await serviceWith({kind: 'off'})
    expect((await statusOf(service)).status).toBe(404)
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200)
  })

  it('answers 401 without the token or with another one, and the status with it', async () => {
    const service = await serviceWith({kind: 'token', token: TOKEN})
    const refused = await statusOf(service)
    expect(refused.status).toBe(401)
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/)
    expect(await refused.text()).not.toMatch(/pending|lastBuild/)
    expect((await statusOf(service, {authorization: `Bearer ${TOKEN}x`})).status).toBe(401)
    const allowed = await statusOf(service, {authorization: `Bearer ${TOKEN}`})
    expect(allowed.status).toBe(200)
    expect(await allowed.json()).toMatchObject({state: 'idle', pending: []})
  })

  it('is open when nothing is set (the service listens on loopback by default)', async () => {
    const service = await serviceWith({kind: 'open'})
    expect((await statusOf(service)).status).toBe(200)
  })
})
