// `npm start`: the whole loop on one machine, with no account and no network (scripts/localLoop.ts).
// One Ctrl-C stops all of it. With SANITY_PROJECT_ID set, use the README's steps for a real project.
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {startLocalLoop} from './localLoop.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
if (existsSync(path.join(root, '.env'))) process.loadEnvFile(path.join(root, '.env'))
const say = (message: string) => console.log(`[start] ${message}`)

if (process.env.SANITY_PROJECT_ID) {
  console.error(
    'npm start runs the local loop (no Sanity project). With SANITY_PROJECT_ID set, use npm run studio, npm run build and npm run webhook; see README.md.',
  )
  process.exit(1)
}

say('starting the local Content Lake, the Studio, the rebuild service and the site...')
const loop = await startLocalLoop({
  root,
  sitePort: Number(process.env.SITE_PORT ?? 4321),
  studioPort: process.env.STUDIO_PORT ? Number(process.env.STUDIO_PORT) : undefined,
  webhookPort: Number(process.env.WEBHOOK_PORT ?? 8787),
  intakePort: Number(process.env.INTAKE_PORT ?? 8788),
  previewPort: Number(process.env.PREVIEW_PORT ?? 4322),
}).catch((error: unknown) => {
  console.error(`[start] ${(error as Error).message}`)
  process.exit(1)
})
say('ready. This is a local development setup, not connected to sanity.io:')
say(`  Studio (edit and publish):  ${loop.studioUrl}`)
say(`  Site (rebuilt on publish):  ${loop.siteUrl}`)
say(`  Draft preview (Presentation in the Studio opens it): ${loop.previewUrl}`)
say(`  Inquiries sent with the form arrive as message files in ${path.relative(root, loop.mailboxDir)}`)
say('Press Ctrl-C to stop.')

let stopping = false
const stop = () => {
  if (stopping) return
  stopping = true
  say('stopping...')
  void loop.stop().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
