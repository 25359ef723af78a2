// `npm run studio` / `npm run studio:deploy`: runs the Sanity CLI in studio/. Without a Sanity
// project, the Studio works on the local Content Lake: this starts the lake (unless one is already
// running) and hands the Studio its address and write token.
import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {DEFAULT_STUDIO_PORT} from './lake/address.ts'
import {ensureLocalLake} from './lake/ensure.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
if (existsSync(path.join(root, '.env'))) process.loadEnvFile(path.join(root, '.env'))
const studioDir = path.join(root, 'studio')
const command = process.argv[2] ?? 'dev'
const projectId = process.env.SANITY_STUDIO_PROJECT_ID || process.env.SANITY_PROJECT_ID
const env: NodeJS.ProcessEnv = {...process.env}
let stopLake = async () => {}

// The browser bundle sees only SANITY_STUDIO_* variables.
if (projectId) env.SANITY_STUDIO_PROJECT_ID = projectId
if (process.env.SANITY_DATASET && !env.SANITY_STUDIO_DATASET) env.SANITY_STUDIO_DATASET = process.env.SANITY_DATASET

if (!projectId) {
  if (command === 'deploy') {
    console.error(
      'Deploying the Studio needs a Sanity project: set SANITY_PROJECT_ID (and SANITY_DATASET) in .env or your shell. ' +
        'See "Connect a real Sanity project" in README.md.',
    )
    process.exit(1)
  }
  const lake = await ensureLocalLake({cwd: root, log: (message) => console.log(`[lake] ${message}`)}).catch((error: unknown) => {
    console.error(`[lake] ${(error as Error).message}`)
    process.exit(1)
  })
  stopLake = lake.stop
  env.SANITY_STUDIO_LAKE_URL = lake.browserUrl
  env.SANITY_STUDIO_LAKE_TOKEN = lake.token
  console.log(`[studio] the Studio works on the local Content Lake (${lake.url}); set SANITY_PROJECT_ID to use sanity.io`)
}

const args = command === 'dev' ? ['dev', '--port', process.env.STUDIO_PORT ?? String(DEFAULT_STUDIO_PORT)] : [command]
const child = spawn(path.join(root, 'node_modules/.bin/sanity'), [...args, ...process.argv.slice(3)], {
  cwd: studioDir,
  stdio: 'inherit',
  env,
})
const forward = (signal: NodeJS.Signals) => child.kill(signal)
process.on('SIGINT', forward)
process.on('SIGTERM', forward)
child.on('exit', (code) => {
  void stopLake().then(() => process.exit(code ?? 1))
})
