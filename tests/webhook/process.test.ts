// The service as `npm run webhook` runs it: a separate Node process, stopped by a signal.
import {existsSync, mkdirSync, mkdtempSync, readlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {startServiceProcess, stopAll, type ServiceProcess} from '../support/serviceProcess'
import {change, isRunning, makeWorkspace, postSigned, ROOT, SECRET, waitFor, type Workspace} from './support.ts'

const MAIN = path.join(ROOT, 'scripts/webhook/main.ts')

afterEach(stopAll)

/** The service with this environment (and not the secret of the shell the tests run in). */
function startService(env: Record<string, string>, cwd: string): ServiceProcess {
  const {SANITY_WEBHOOK_SECRET: _secret, ...inherited} = process.env
  return startServiceProcess(MAIN, {...inherited, ...env}, cwd)
}

const serviceEnv = (workspace: Workspace) => ({
  SANITY_WEBHOOK_SECRET: SECRET,
  HOST: '127.0.0.1',
  PORT: '0',
  REBUILD_COMMAND: workspace.command,
  REBUILD_WORK_DIR: workspace.workDir,
  REBUILD_DEBOUNCE_MS: '50',
  SHUTDOWN_GRACE_MS: '300',
})

async function statusOf(url: string) {
  return (await (await fetch(`${url}/status`)).json()) as {state: string; builds: number; lastBuild: {result: string} | null}
}

describe('the service process', () => {
  it('refuses to start without SANITY_WEBHOOK_SECRET, naming it, with exit code 1', async () => {
    const service = startService({}, mkdtempSync(path.join(tmpdir(), 'webhook-empty-')))
    expect(await service.exited).toBe(1)
    expect(service.output()).toMatch(/SANITY_WEBHOOK_SECRET is not set/)
  })

  it('listens on 127.0.0.1 when HOST is not set', async () => {
    const workspace = makeWorkspace()
    const service = startService({...serviceEnv(workspace), HOST: ''}, workspace.dir)
    expect(await service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    service.child.kill('SIGTERM')
    expect(await service.exited).toBe(0)
  })

  it('on SIGTERM during a build, exits and leaves a complete site; the next start clears what was left', async () => {
    const workspace = makeWorkspace()
    const first = startService(serviceEnv(workspace), workspace.dir)
    const url = await first.url
    await postSigned(url, change('page-1'))
    await waitFor(async () => (await statusOf(url)).lastBuild?.result === 'success')
    const liveTarget = readlinkSync(workspace.liveDir)
    // The build gets the service's environment, but not the webhook secret.
    expect(workspace.runs()[0]?.sawWebhookSecret).toBe(false)

    workspace.control({mode: 'hang', delayMs: 10})
    await postSigned(url, change('page-2'))
    const helperPid = await waitFor(() => workspace.runs()[1]?.helperPid)
    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)
    expect(first.output()).toMatch(/SIGTERM: shutting down/)
    expect(readlinkSync(workspace.liveDir)).toBe(liveTarget)
    expect(existsSync(path.join(workspace.liveDir, 'index.html'))).toBe(true)
    await waitFor(() => !isRunning(helperPid), 5000)

    // A build folder from a service that was killed outright (no chance to tidy up).
    const leftover = path.join(workspace.workDir, 'build-20000101T000000000Z-abcdef')
    mkdirSync(leftover)
    writeFileSync(path.join(leftover, 'index.html'), 'half a site')
    const second = startService(serviceEnv(workspace), workspace.dir)
    await second.url
    expect(existsSync(leftover)).toBe(false)
    expect(readlinkSync(workspace.liveDir)).toBe(liveTarget)
    second.child.kill('SIGINT')
    expect(await second.exited).toBe(0)
  })
})
