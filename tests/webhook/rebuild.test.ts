import {existsSync, readFileSync, readdirSync, readlinkSync} from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import type {WebhookConfig} from '../../scripts/webhook/config.ts'
import {silentLogger} from '../../scripts/webhook/log.ts'
import {startRebuildService, type RunningService} from '../../scripts/webhook/service.ts'
import {change, isRunning, makeWorkspace, postSigned, sleep, testConfig, waitFor, type Workspace} from './support.ts'

const running: RunningService[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((service) => service.stop()))
})

async function start(workspace: Workspace, overrides: Partial<WebhookConfig> = {}, rebuild: object = {}) {
  const config = testConfig(workspace, overrides)
  const service = await startRebuildService({...config, rebuild: {...config.rebuild, ...rebuild}}, silentLogger)
  running.push(service)
  return service
}

/** Sends one change and waits until the build it causes has finished. */
async function publish(service: RunningService, id: string) {
  const before = service.status().builds
  expect((await postSigned(service.url, change(id))).status).toBe(202)
  await waitFor(() => service.status().builds > before && service.status().state === 'idle')
  return service.status().lastBuild
}

describe('rebuilds', () => {
  it('turns 50 deliveries within a second into one or two builds', async () => {
    const workspace = makeWorkspace()
    const service = await start(workspace, {debounceMs: 200})
    const responses = []
    for (let index = 0; index < 50; index++) {
      responses.push(postSigned(service.url, change(`doc-${index}`)))
      await sleep(15)
    }
    expect((await Promise.all(responses)).map((response) => response.status)).toEqual(Array(50).fill(202))
    await waitFor(() => service.status().state === 'idle' && service.status().lastBuild)
    await sleep(400)
    expect(workspace.runs().length).toBeGreaterThanOrEqual(1)
    expect(workspace.runs().length).toBeLessThanOrEqual(2)
    expect(service.status().builds).toBe(workspace.runs().length)
  })

  it('puts a good build live through the symlink', async () => {
    const workspace = makeWorkspace()
    const service = await start(workspace)
    expect(await publish(service, 'page-1')).toMatchObject({result: 'success', pageCount: 6, triggeredBy: ['page-1']})
    expect(readFileSync(path.join(workspace.liveDir, 'index.html'), 'utf8')).toContain('<title>page 0</title>')
    expect(readlinkSync(workspace.liveDir)).toMatch(/^build-/)
  })

  it('builds into the same staging folder every time, so Astro keeps its content cache', async () => {
    const workspace = makeWorkspace()
    const service = await start(workspace)
    await publish(service, 'page-1')
    const firstLive = readlinkSync(workspace.liveDir)
    await publish(service, 'page-2')
    const outDirs = workspace.runs().map((run) => run.outDir)
    expect(outDirs).toHaveLength(2)
    expect(new Set(outDirs).size).toBe(1)
    expect(readlinkSync(workspace.liveDir)).not.toBe(firstLive)
    expect(existsSync(path.join(workspace.liveDir, 'index.html'))).toBe(true)
  })

  it('keeps the previous site live when a build fails, and reports the failure', async () => {
    const workspace = makeWorkspace()
    const service = await start(workspace)
    await publish(service, 'page-1')
    const liveTarget = readlinkSync(workspace.liveDir)
    const liveIndex = readFileSync(path.join(workspace.liveDir, 'index.html'), 'utf8')

    workspace.control({mode: 'fail', pages: 6})
    const failed = await publish(service, 'page-2')
    expect(failed).toMatchObject({result: 'failed', pageCount: null, triggeredBy: ['page-2']})
    expect(failed?.error).toMatch(/REBUILD_COMMAND exited with code 1/)
    expect(failed?.error).toMatch(/failing on purpose/)
    expect(readlinkSync(workspace.liveDir)).toBe(liveTarget)
    expect(readFileSync(path.join(workspace.liveDir, 'index.html'), 'utf8')).toBe(liveIndex)

    const status = (await (await fetch(`${service.url}/status`)).json()) as {lastBuild: {result: string}}
    expect(status.lastBuild.result).toBe('failed')
  })

  it('keeps the live site when a build loses more than half its pages or has too few', async () => {
    const workspace = makeWorkspace()
    workspace.control({pages: 3})
    const service = await start(workspace)
    expect(await publish(service, 'a')).toMatchObject({result: 'smoke-failed', pageCount: 3})
    expect(existsSync(workspace.liveDir)).toBe(false)

    workspace.control({pages: 20})
    await publish(service, 'b')
    const liveTarget = readlinkSync(workspace.liveDir)
    workspace.control({pages: 9})
    const shrunk = await publish(service, 'c')
    expect(shrunk).toMatchObject({result: 'smoke-failed', pageCount: 9})
    expect(shrunk?.error).toMatch(/less than half of the 20 live ones/)
    expect(readlinkSync(workspace.liveDir)).toBe(liveTarget)
  })

  it('never runs two builds at once, however the deliveries arrive', async () => {
    const workspace = makeWorkspace()
    workspace.control({delayMs: 250})
    const service = await start(workspace, {debounceMs: 30, maxWaitMs: 100})
    const deadline = Date.now() + 1500
    let sent = 0
    while (Date.now() < deadline) {
      await Promise.all(Array.from({length: 5}, () => postSigned(service.url, change(`doc-${sent++}`))))
      await sleep(20)
    }
    await waitFor(() => service.status().state === 'idle')
    const runs = workspace.runs()
    expect(runs.length).toBeGreaterThanOrEqual(2)
    for (let index = 1; index < runs.length; index++) {
      const previousEnd = runs[index - 1]?.end
      expect(previousEnd).toBeDefined()
      expect(runs[index]?.start).toBeGreaterThanOrEqual(previousEnd ?? Infinity)
    }
  })

  it('keeps only the live and the previous build', async () => {
    const workspace = makeWorkspace()
    const service = await start(workspace, {debounceMs: 20})
    const targets = []
    for (const id of ['a', 'b', 'c']) {
      await publish(service, id)
      targets.push(readlinkSync(workspace.liveDir))
    }
    expect(readlinkSync(path.join(workspace.workDir, 'previous'))).toBe(targets[1])
    const builds = readdirSync(workspace.workDir).filter((name) => name.startsWith('build-') && !name.endsWith('.log'))
    expect(builds.sort()).toEqual([targets[1], targets[2]].sort())
  })

  it('runs DEPLOY_COMMAND after a switch, and reports its failure without undoing the switch', async () => {
    const workspace = makeWorkspace()
    const marker = path.join(workspace.dir, 'deployed.txt')
    const good = await start(workspace, {}, {deployCommand: `echo "$LIVE_DIR $BUILD_DIR" > '${marker}'`})
    expect(await publish(good, 'a')).toMatchObject({result: 'success', deploy: {result: 'success'}})
    const [liveDir, buildDir] = readFileSync(marker, 'utf8').trim().split(' ')
    expect(liveDir).toBe(workspace.liveDir)
    expect(buildDir).toBe(path.join(workspace.workDir, readlinkSync(workspace.liveDir)))
    await good.stop()

    const bad = await start(workspace, {}, {deployCommand: 'echo upload refused >&2; exit 3'})
    const before = readlinkSync(workspace.liveDir)
    const outcome = await publish(bad, 'b')
    expect(outcome).toMatchObject({result: 'success', deploy: {result: 'failed'}})
    expect(outcome?.deploy?.error).toMatch(/DEPLOY_COMMAND exited with code 3[\s\S]*upload refused/)
    expect(readlinkSync(workspace.liveDir)).not.toBe(before)
  })

  it('stops a build that runs past REBUILD_TIMEOUT_MS, with everything it started', async () => {
    const workspace = makeWorkspace()
    const service = await start(workspace, {}, {timeoutMs: 1000})
    workspace.control({mode: 'hang', delayMs: 10})
    const outcome = await publish(service, 'a')
    expect(outcome).toMatchObject({result: 'failed'})
    expect(outcome?.error).toMatch(/REBUILD_TIMEOUT_MS \(1000 ms\)/)
    const helperPid = workspace.runs()[0]?.helperPid
    expect(helperPid).toBeDefined()
    await waitFor(() => !isRunning(helperPid ?? 0), 5000)
  })

  it('on stop, waits out the grace period, then stops the build and leaves the live site whole', async () => {
    const workspace = makeWorkspace()
    const service = await start(workspace, {shutdownGraceMs: 300})
    await publish(service, 'a')
    const liveTarget = readlinkSync(workspace.liveDir)
    workspace.control({mode: 'hang', delayMs: 10})
    await postSigned(service.url, change('b'))
    await waitFor(() => workspace.runs()[1]?.helperPid)
    const stopped = Date.now()
    await service.stop()
    expect(Date.now() - stopped).toBeGreaterThanOrEqual(250)
    expect(service.status().lastBuild).toMatchObject({result: 'abandoned', triggeredBy: ['b']})
    expect(readlinkSync(workspace.liveDir)).toBe(liveTarget)
    expect(existsSync(path.join(workspace.liveDir, 'index.html'))).toBe(true)
    await waitFor(() => !isRunning(workspace.runs()[1]?.helperPid ?? 0), 5000)
  })
})
