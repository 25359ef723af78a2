// `npm run preview:drafts`: builds the editors' draft preview (the site, rendered on request from
// drafts) into PREVIEW_OUT_DIR (default dist-preview/) and serves it on PORT (default 4322).
// `--no-build` serves the last build.
import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outDir = path.resolve(root, process.env.PREVIEW_OUT_DIR || 'dist-preview')
const env = {...process.env, SITE_MODE: 'preview', HOST: process.env.HOST ?? '127.0.0.1', PORT: process.env.PORT ?? '4322'}

if (!process.env.SANITY_PREVIEW_SECRET) {
  console.error(
    'SANITY_PREVIEW_SECRET is required for the draft preview: set it to a long random string (at least 16 characters).',
  )
  process.exit(1)
}

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {cwd: root, env, stdio: 'inherit'})
    const stop = () => child.kill('SIGTERM')
    process.once('SIGTERM', stop)
    process.once('SIGINT', stop)
    child.on('exit', (code) => {
      process.off('SIGTERM', stop)
      process.off('SIGINT', stop)
      resolve(code ?? 1)
    })
  })
}

if (!process.argv.includes('--no-build') || !existsSync(path.join(outDir, 'server/entry.mjs'))) {
  const built = await run(path.join(root, 'node_modules/.bin/astro'), ['build', '--outDir', outDir])
  if (built !== 0) process.exit(built)
}
console.log(`Draft preview: open http://${env.HOST}:${env.PORT}/api/preview/enable?secret=<SANITY_PREVIEW_SECRET>&redirect=/`)
process.exit(await run(process.execPath, [path.join(outDir, 'server/entry.mjs')]))
