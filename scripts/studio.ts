// `npm run studio` / `npm run studio:deploy`: runs the Sanity CLI in studio/, after checking that a
// real project is configured (the Studio needs sanity.io to log in and load content).
import {spawn} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const studioDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../studio')
const command = process.argv[2] ?? 'dev'
const projectId = process.env.SANITY_STUDIO_PROJECT_ID || process.env.SANITY_PROJECT_ID

if (!projectId) {
  console.error(
    'The Studio needs a Sanity project: set SANITY_PROJECT_ID (and SANITY_DATASET, default "production") in .env or your shell, ' +
      'then run this again. See "Connect a real Sanity project" in README.md. The site itself runs without one: npm start.',
  )
  process.exit(1)
}

const child = spawn(path.resolve(studioDir, '../node_modules/.bin/sanity'), [command, ...process.argv.slice(3)], {
  cwd: studioDir,
  stdio: 'inherit',
})
child.on('exit', (code) => process.exit(code ?? 1))
