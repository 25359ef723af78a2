// `npm start`: the whole loop on one machine, with no account and no network. The local Content
// Lake (starter dataset), the Studio on :3333, the rebuild service receiving the lake's signed
// webhook, and the site, built from the lake and served on :4321 from the folder the rebuild
// service switches live. One Ctrl-C stops all of it. With SANITY_PROJECT_ID set, use the README's
// steps for a real project instead.
import {spawn, type ChildProcess} from 'node:child_process'
import {randomBytes} from 'node:crypto'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {encodeSignatureHeader} from '@sanity/webhook'
import {DEFAULT_STUDIO_PORT} from './lake/address.ts'
import {ensureLocalLake} from './lake/ensure.ts'
import {startStaticServer} from './serve/staticServer.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
if (existsSync(path.join(root, '.env'))) process.loadEnvFile(path.join(root, '.env'))
const env = process.env
const SITE_PORT = Number(env.SITE_PORT ?? 4321)
const WEBHOOK_PORT = Number(env.WEBHOOK_PORT ?? 8787)
const STUDIO_PORT = Number(env.STUDIO_PORT ?? DEFAULT_STUDIO_PORT)
const say = (message: string) => console.log(`[start] ${message}`)

if (env.SANITY_PROJECT_ID) {
  console.error(
    'npm start runs the local loop (no Sanity project). With SANITY_PROJECT_ID set, use npm run studio, npm run build and npm run webhook; see README.md.',
  )
  process.exit(1)
}

const children: ChildProcess[] = []
const webhookSecret = randomBytes(24).toString('hex')
const webhookUrl = `http://127.0.0.1:${WEBHOOK_PORT}/webhooks/sanity`

const lake = await ensureLocalLake({
  cwd: root,
  log: (message) => console.log(`[lake] ${message}`),
  // Only published documents, as configured on sanity.io: drafts never rebuild the site.
  webhooks: [
    {name: 'npm-start', url: webhookUrl, secret: webhookSecret, projection: '{_id, _type, "operation": delta::operation()}'},
  ],
})

/** The site reads the lake through @sanity/client, exactly as it reads sanity.io. */
const siteEnv = {
  ...env,
  CONTENT_SOURCE: 'sanity',
  SANITY_PROJECT_ID: lake.projectId,
  SANITY_DATASET: lake.dataset,
  SANITY_API_HOST: lake.url,
  SITE_URL: env.SITE_URL ?? `http://localhost:${SITE_PORT}`,
}

function run(name: string, command: string, args: string[], childEnv: NodeJS.ProcessEnv, cwd = root): ChildProcess {
  const child = spawn(command, args, {cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe']})
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => `[${name}] ${line}\n`)
      .join('')
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)))
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)))
  children.push(child)
  return child
}

const workDir = path.join(root, '.rebuild')
run('rebuild', process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'scripts/webhook/main.ts'], {
  ...siteEnv,
  SANITY_WEBHOOK_SECRET: webhookSecret,
  HOST: '127.0.0.1',
  PORT: String(WEBHOOK_PORT),
  REBUILD_WORK_DIR: workDir,
  REBUILD_DEBOUNCE_MS: env.REBUILD_DEBOUNCE_MS ?? '300',
})

const site = await startStaticServer({root: path.join(workDir, 'live'), port: SITE_PORT})
run(
  'studio',
  path.join(root, 'node_modules/.bin/sanity'),
  ['dev', '--port', String(STUDIO_PORT)],
  {
    ...env,
    SANITY_STUDIO_LAKE_URL: lake.browserUrl,
    SANITY_STUDIO_LAKE_TOKEN: lake.token,
  },
  path.join(root, 'studio'),
)

/** The first build goes the way every later one does: a signed delivery to the rebuild service. */
async function requestBuild() {
  const body = JSON.stringify({_id: 'npm-start', _type: 'startup', operation: 'update'})
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const signature = await encodeSignatureHeader(body, Date.now(), webhookSecret)
      const response = await fetch(webhookUrl, {
        method: 'POST',
        headers: {'content-type': 'application/json', 'sanity-webhook-signature': signature},
        body,
      })
      if (response.ok) return
    } catch {
      // The service is still starting.
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`The rebuild service did not answer on ${webhookUrl}.`)
}

await requestBuild()
say('building the site from the local Content Lake...')
const started = Date.now()
while (!existsSync(path.join(workDir, 'live', 'index.html'))) {
  if (Date.now() - started > 180_000) {
    console.error('[start] the first build did not finish in 3 minutes; see the [rebuild] lines above.')
    break
  }
  await new Promise((resolve) => setTimeout(resolve, 250))
}
say('ready. This is a local development setup, not connected to sanity.io:')
say(`  Studio (edit and publish):  http://localhost:${STUDIO_PORT}`)
say(`  Site (rebuilt on publish):  http://localhost:${site.port}`)
say('Press Ctrl-C to stop.')

let stopping = false
async function stop() {
  if (stopping) return
  stopping = true
  say('stopping...')
  for (const child of children) child.kill('SIGTERM')
  await Promise.all(
    children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : undefined)),
  )
  await site.close()
  await lake.stop()
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
