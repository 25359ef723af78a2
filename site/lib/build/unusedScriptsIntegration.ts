// Content pages ship no JavaScript, but @astrojs/react still emits its hydration runtime into
// _astro/. Nothing references it, so it is removed after the build: what is not on the server
// cannot be loaded by mistake. Static builds only: the preview server renders its pages on
// request, so no file on disk shows which scripts they use (the click-to-edit overlays).
import {readdir, readFile, rm} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {AstroIntegration} from 'astro'
import pMap from 'p-map'

async function filesBelow(dir: string, extension: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true}).catch(() => [])
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

export function unusedScriptsIntegration(): AstroIntegration {
  let output: 'static' | 'server' = 'static'
  return {
    name: 'clinic-unused-scripts',
    hooks: {
      'astro:config:done': ({buildOutput}) => {
        output = buildOutput
      },
      'astro:build:done': async ({dir, logger}) => {
        if (output !== 'static') return
        const root = fileURLToPath(dir)
        const scripts = await filesBelow(path.join(root, '_astro'), '.js')
        if (scripts.length === 0) return
        // A few pages at a time, as bytes (no decoding), stopping once every script is known to be
        // used: a site of thousands of pages never sits in memory at once.
        const unused = new Map(scripts.map((script) => [script, Buffer.from(path.basename(script))]))
        await pMap(
          await filesBelow(root, '.html'),
          async (file) => {
            if (unused.size === 0) return
            const html = await readFile(file)
            for (const [script, name] of unused) if (html.includes(name)) unused.delete(script)
          },
          {concurrency: 8},
        )
        await Promise.all([...unused.keys()].map((script) => rm(script)))
        if (unused.size > 0) logger.info(`removed ${unused.size} unreferenced script(s) from _astro/`)
      },
    },
  }
}
