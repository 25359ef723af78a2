// Builds the site here: runs REBUILD_COMMAND into the staging folder, checks the result, moves it
// to a fresh build folder, switches the live symlink to it, runs DEPLOY_COMMAND, and keeps only
// the live and the previous build.
import {rename, rm} from 'node:fs/promises'
import path from 'node:path'
import {errorMessage, type Builder, type BuildOutcome, type DeployOutcome} from './buildOutcome.ts'
import {OUT_DIR_PLACEHOLDER, type CommandRebuildConfig} from './config.ts'
import {
  assertLinkOrMissing,
  newBuildDir,
  pointLink,
  readLinkTarget,
  removeStaleBuilds,
  removeTempLinksBeside,
} from './liveSwitch.ts'
import type {Logger} from './log.ts'
import {logTail, runInProcessGroup, type CommandRun} from './runCommand.ts'
import {countPages, smokeCheck} from './smokeCheck.ts'

/** The service's environment minus its own secret, which builds and deploys have no use for. */
function commandEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const {SANITY_WEBHOOK_SECRET: _secret, ...env} = process.env
  return {...env, ...extra}
}

/** Quotes a path for the POSIX shell that runs REBUILD_COMMAND. */
const shellQuote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`

function describeFailure(run: CommandRun, what: string, timeoutMs: number): string {
  if (run.spawnError) return `${what} could not start: ${run.spawnError}`
  if (run.stoppedBy === 'timeout') return `${what} took longer than REBUILD_TIMEOUT_MS (${timeoutMs} ms) and was stopped`
  if (run.stoppedBy === 'abort') return `${what} was stopped because the service is shutting down`
  return `${what} exited with code ${run.exitCode ?? 'none'}`
}

export function createCommandBuilder(config: CommandRebuildConfig, log: Logger, cwd = process.cwd()): Builder {
  const previousLink = path.join(config.workDir, 'previous')
  const stagingDir = path.join(config.workDir, 'staging')

  async function keptBuilds(): Promise<string[]> {
    const targets = await Promise.all([readLinkTarget(config.liveDir), readLinkTarget(previousLink)])
    return targets.filter((target): target is string => target !== null)
  }

  async function deploy(buildDir: string, logFile: string, signal: AbortSignal): Promise<DeployOutcome | undefined> {
    if (!config.deployCommand) return undefined
    const run = await runInProcessGroup(config.deployCommand, {
      cwd,
      env: commandEnv({LIVE_DIR: config.liveDir, BUILD_DIR: buildDir}),
      logFile,
      timeoutMs: config.timeoutMs,
      signal,
    })
    if (run.exitCode === 0) return {result: 'success'}
    const error = `${describeFailure(run, 'DEPLOY_COMMAND', config.timeoutMs)}\n${await logTail(logFile)}`.trim()
    return {result: run.stoppedBy === 'abort' ? 'abandoned' : 'failed', error}
  }

  return {
    async prepare() {
      await assertLinkOrMissing(config.liveDir, 'LIVE_DIR')
      await assertLinkOrMissing(previousLink, 'REBUILD_WORK_DIR/previous')
      // A build killed by a restart left its folder behind; it never went live, so it can go.
      await removeStaleBuilds(config.workDir, await keptBuilds())
      await removeTempLinksBeside(config.liveDir)
    },

    async build(signal): Promise<BuildOutcome> {
      const buildDir = await newBuildDir(config.workDir)
      const logFile = `${buildDir}.log`
      // Every build writes to the same staging folder: Astro keys its content cache on the output
      // folder, so a new folder per build would throw away the incremental sync. A good build is
      // then renamed into its own folder, which is atomic on one filesystem.
      await rm(stagingDir, {recursive: true, force: true})
      log.info(`build started: ${path.basename(buildDir)}`)
      const run = await runInProcessGroup(config.command.replaceAll(OUT_DIR_PLACEHOLDER, shellQuote(stagingDir)), {
        cwd,
        env: commandEnv(),
        logFile,
        timeoutMs: config.timeoutMs,
        signal,
      })
      if (run.exitCode !== 0) {
        const error = `${describeFailure(run, 'REBUILD_COMMAND', config.timeoutMs)}\n${await logTail(logFile)}`.trim()
        // A half-written site is of no use; its log stays until the next successful build.
        await rm(stagingDir, {recursive: true, force: true})
        return {result: run.stoppedBy === 'abort' ? 'abandoned' : 'failed', pageCount: null, error}
      }

      const liveTarget = await readLinkTarget(config.liveDir)
      const livePageCount = liveTarget ? await countPages(liveTarget).catch(() => null) : null
      const smoke = await smokeCheck(stagingDir, config.smokeMinPages, livePageCount)
      if (!smoke.ok) return {result: 'smoke-failed', pageCount: smoke.pageCount, error: smoke.reason}

      try {
        await rename(stagingDir, buildDir)
        await pointLink(config.liveDir, buildDir)
        if (liveTarget && liveTarget !== buildDir) await pointLink(previousLink, liveTarget)
        await removeStaleBuilds(config.workDir, await keptBuilds())
      } catch (error) {
        return {result: 'failed', pageCount: smoke.pageCount, error: `switching LIVE_DIR failed: ${errorMessage(error)}`}
      }
      log.info(`build is live: ${path.basename(buildDir)} pages=${smoke.pageCount}`)
      // The new site is live whatever the deploy does; a failed deploy is reported, not undone.
      const deployed = await deploy(buildDir, logFile, signal)
      return {result: 'success', pageCount: smoke.pageCount, ...(deployed ? {deploy: deployed} : {})}
    },
  }
}
