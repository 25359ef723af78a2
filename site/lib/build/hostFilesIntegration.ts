// After a build: on Vercel (VERCEL=1), lay the site out in Vercel's Build Output API format so the
// security headers apply; everywhere, keep the intermediate Vercel file out of the published site.
import {cp, mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {AstroIntegration} from 'astro'

/** Written by the [hostFile] route, consumed here. */
export const VERCEL_CONFIG_FILE = '_vercel-output-config.json'

export function hostFilesIntegration(): AstroIntegration {
  return {
    name: 'clinic-host-files',
    hooks: {
      'astro:build:done': async ({dir, logger}) => {
        const root = fileURLToPath(dir)
        const configFile = path.join(root, VERCEL_CONFIG_FILE)
        const config = await readFile(configFile, 'utf8').catch(() => undefined)
        if (config === undefined) return
        await rm(configFile)
        if (!process.env.VERCEL) return
        const output = path.resolve('.vercel/output')
        await rm(output, {recursive: true, force: true})
        await mkdir(output, {recursive: true})
        await cp(root, path.join(output, 'static'), {recursive: true})
        await writeFile(path.join(output, 'config.json'), config)
        logger.info('wrote .vercel/output for Vercel, with the security headers')
      },
    },
  }
}
