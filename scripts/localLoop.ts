// The product's main job on one machine: the local Content Lake, the Studio on it, the rebuild
// service receiving the lake's signed webhook, and the site built from the lake and served from the
// folder the rebuild service switches live. `npm start` runs it; the browser tests run it too.
import {spawn, type ChildProcess} from 'node:child_process'
import {randomBytes} from 'node:crypto'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {encodeSignatureHeader} from '@sanity/webhook'
import {DEFAULT_STUDIO_PORT} from './lake/address.ts'
import {ensureLocalLake, type LakeHandle} from './lake/ensure.ts'
import {startStaticServer, type StaticServer} from './serve/staticServer.ts'
import {REBUILD_WEBHOOK_FILTER, REBUILD_WEBHOOK_PROJECTION} from './webhook/rebuildWebhook.ts'

export interface LoopOptions {
  /** The repository root. */
  root: string
  env?: NodeJS.ProcessEnv
  sitePort?: number
  studioPort?: number
  webhookPort?: number
  intakePort?: number
  /** The editors' draft preview, which the Studio's Presentation tool opens (default 4322). */
  previewPort?: number
  /** The intake receiver's spool, key and local mailbox (default `.data/intake`). */
  intakeDataDir?: string
  /**
   * `dev`: `sanity dev` with live reload. `built`: `sanity build` once, served as files (tests).
   * `none`: no Studio (the publish benchmark publishes through the API the Studio uses).
   */
  studio?: 'dev' | 'built' | 'none'
  /** The draft preview (default on). */
  preview?: boolean
  /** Where builds and the live site go (default `.rebuild`). */
  workDir?: string
  /** Lines of the services' output, prefixed with their name. */
  log?: (line: string) => void
}

export interface RunningLoop {
  lake: LakeHandle
  siteUrl: string
  studioUrl: string
  /** Where the intake receiver writes one readable message file per inquiry. */
  mailboxDir: string
  /** The draft preview, and the secret that opens it. */
  previewUrl: string
  previewSecret: string
  /** The live site's folder. */
  liveDir: string
  stop(): Promise<void>
}

const FIRST_BUILD_TIMEOUT_MS = 180_000

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what} did not happen within ${timeoutMs / 1000} s.`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

export async function startLocalLoop(options: LoopOptions): Promise<RunningLoop> {
  const {root} = options
  const env = options.env ?? process.env
  const log = options.log ?? ((line: string) => console.log(line))
  const workDir = options.workDir ?? path.join(root, '.rebuild')
  const liveDir = path.join(workDir, 'live')
  const children: ChildProcess[] = []
  const servers: StaticServer[] = []
  const webhookSecret = randomBytes(24).toString('hex')
  const webhookPort = options.webhookPort ?? 8787
  const webhookUrl = `http://127.0.0.1:${webhookPort}/webhooks/sanity`

  const run = (name: string, command: string, args: string[], childEnv: NodeJS.ProcessEnv, cwd = root) => {
    const child = spawn(command, args, {cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe']})
    const forward = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) log(`[${name}] ${line}`)
    }
    child.stdout?.on('data', forward)
    child.stderr?.on('data', forward)
    children.push(child)
    return child
  }

  // The Studio's address must be known before the lake starts: it is the one origin allowed in.
  const studioServer =
    options.studio === 'built'
      ? await startStaticServer({root: path.join(workDir, 'studio'), port: options.studioPort ?? 0, fallbackFile: 'index.html'})
      : undefined
  if (studioServer) servers.push(studioServer)
  const studioPort = studioServer?.port ?? options.studioPort ?? DEFAULT_STUDIO_PORT
  const studioUrl = `http://localhost:${studioPort}`

  const lake = await ensureLocalLake({
    cwd: root,
    env: {...env, LAKE_STUDIO_ORIGINS: env.LAKE_STUDIO_ORIGINS ?? `${studioUrl},http://127.0.0.1:${studioPort}`},
    log: (message) => log(`[lake] ${message}`),
    // As configured on sanity.io (docs/deploy.md): published documents of the types the site
    // reads; drafts never rebuild the site.
    webhooks: [
      {
        name: 'local-loop',
        url: webhookUrl,
        secret: webhookSecret,
        filter: REBUILD_WEBHOOK_FILTER,
        projection: REBUILD_WEBHOOK_PROJECTION,
      },
    ],
  })

  const stop = async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
    await Promise.all(
      children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : undefined)),
    )
    for (const server of servers) await server.close()
    await lake.stop()
  }

  try {
    // The site reads the lake through @sanity/client, exactly as it reads sanity.io.
    const siteEnv: NodeJS.ProcessEnv = {
      ...env,
      CONTENT_SOURCE: 'sanity',
      SANITY_PROJECT_ID: lake.projectId,
      SANITY_DATASET: lake.dataset,
      SANITY_API_HOST: lake.url,
    }
    const site = await startStaticServer({root: liveDir, port: options.sitePort ?? 4321})
    servers.push(site)
    const siteUrl = `http://localhost:${site.port}`
    siteEnv.SITE_URL = env.SITE_URL ?? siteUrl

    // The inquiry form posts to the clinic's own receiver, which here writes to a mailbox folder.
    const intakePort = options.intakePort ?? 8788
    const intakeDataDir = options.intakeDataDir ?? path.join(root, '.data', 'intake')
    const mailboxDir = path.join(intakeDataDir, 'mailbox')
    siteEnv.INQUIRY_ENDPOINT = `http://127.0.0.1:${intakePort}/inquiries`
    run(
      'intake',
      process.execPath,
      ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'scripts/intake/main.ts'],
      {
        ...env,
        INTAKE_SITE_URL: siteUrl,
        INTAKE_ALLOWED_ORIGINS: `http://127.0.0.1:${site.port}`,
        INTAKE_PORT: String(intakePort),
        INTAKE_DATA_DIR: intakeDataDir,
        INTAKE_MAILBOX_DIR: mailboxDir,
        // Local delivery even when .env names a mail server.
        INTAKE_SMTP_HOST: '',
      },
    )
    run(
      'rebuild',
      process.execPath,
      ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'scripts/webhook/main.ts'],
      {
        ...siteEnv,
        SANITY_WEBHOOK_SECRET: webhookSecret,
        HOST: '127.0.0.1',
        PORT: String(webhookPort),
        REBUILD_WORK_DIR: workDir,
        REBUILD_DEBOUNCE_MS: env.REBUILD_DEBOUNCE_MS ?? '300',
      },
    )

    // The draft preview reads drafts from the lake with its token, which stays on this server.
    const previewPort = options.previewPort ?? 4322
    const previewUrl = `http://localhost:${previewPort}`
    const previewSecret = randomBytes(24).toString('hex')
    if (options.preview !== false)
      run(
        'preview',
        process.execPath,
        ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'scripts/previewDrafts.ts'],
        {
          ...siteEnv,
          SANITY_READ_TOKEN: lake.token,
          SANITY_PREVIEW_SECRET: previewSecret,
          SANITY_STUDIO_URL: studioUrl,
          HOST: '127.0.0.1',
          PORT: String(previewPort),
          PREVIEW_OUT_DIR: path.join(workDir, 'preview'),
          // Its own build cache: it builds while the public site builds.
          ASTRO_CACHE_DIR: path.join(workDir, 'preview-cache'),
        },
      )

    const studioEnv = {
      ...env,
      SANITY_STUDIO_LAKE_URL: lake.browserUrl,
      SANITY_STUDIO_LAKE_TOKEN: lake.token,
      SANITY_STUDIO_PREVIEW_URL: previewUrl,
    }
    const sanity = path.join(root, 'node_modules/.bin/sanity')
    if (studioServer) {
      const built = run('studio', sanity, ['build', path.join(workDir, 'studio'), '--yes'], studioEnv, path.join(root, 'studio'))
      const code = await new Promise<number | null>((resolve) => built.once('exit', resolve))
      if (code !== 0) throw new Error(`sanity build failed with exit code ${code}.`)
    } else if (options.studio !== 'none') {
      run('studio', sanity, ['dev', '--port', String(studioPort)], studioEnv, path.join(root, 'studio'))
    }

    // The first build goes the way every later one does: a signed delivery to the rebuild service.
    const body = JSON.stringify({_id: 'local-loop-start', _type: 'startup', operation: 'update'})
    const requestFirstBuild = async () => {
      try {
        const signature = await encodeSignatureHeader(body, Date.now(), webhookSecret)
        const headers = {'content-type': 'application/json', 'sanity-webhook-signature': signature}
        return (await fetch(webhookUrl, {method: 'POST', headers, body})).ok
      } catch {
        return false // the service is still starting
      }
    }
    await waitFor(requestFirstBuild, 20_000, `The rebuild service on ${webhookUrl} accepting the first build`)
    await waitFor(() => existsSync(path.join(liveDir, 'index.html')), FIRST_BUILD_TIMEOUT_MS, 'The first build of the site')
    // The preview answers (401 without a session) once its build is done and its server runs.
    const previewAnswers = () =>
      fetch(`${previewUrl}/robots.txt`).then(
        () => true,
        () => false,
      )
    if (options.preview !== false) await waitFor(previewAnswers, FIRST_BUILD_TIMEOUT_MS, `The draft preview on ${previewUrl}`)
    return {lake, siteUrl, studioUrl, liveDir, mailboxDir, previewUrl, previewSecret, stop}
  } catch (error) {
    await stop()
    throw error
  }
}
