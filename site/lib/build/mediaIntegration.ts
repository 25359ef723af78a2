// Serves mirrored content images under /media: from the cache folder in `astro dev`, and, when a
// public build finishes, copies into dist/media the images its pages use. Only those: the cache
// can hold images of documents since unpublished, and the build's output is all that is published.
// The editors' preview serves its own images to sessions only (site/lib/preview/gate.ts), so its
// build copies none.
import {createReadStream, existsSync} from 'node:fs'
import {copyFile, mkdir, readdir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {AstroIntegration} from 'astro'
import pMap from 'p-map'
import {siteConfig} from '../config/config'
import {mediaCacheDir, MEDIA_URL_BASE} from '../content/media'
import {mimeTypeFor} from '../content/mimeTypes'

/** Files in the output that can name an image: pages, and any XML or JSON beside them. */
const REFERRING_FILE = /\.(html|xml|json|txt)$/

/** Where a build's files point into /media: src, srcset, og:image and JSON-LD alike. */
const MEDIA_REFERENCE = new RegExp(`${MEDIA_URL_BASE}/([A-Za-z0-9_-][A-Za-z0-9._-]*)`, 'g')

/** The names of the /media files that the files of `dir` refer to. */
export async function mediaUsedIn(dir: string): Promise<Set<string>> {
  const files = (await readdir(dir, {recursive: true, withFileTypes: true}))
    .filter((entry) => entry.isFile() && REFERRING_FILE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
  const used = new Set<string>()
  await pMap(
    files,
    async (file) => {
      for (const [, name] of (await readFile(file, 'latin1')).matchAll(MEDIA_REFERENCE)) if (name) used.add(name)
    },
    {concurrency: 8},
  )
  return used
}

const isFile = (file: string) =>
  stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  )

/** Copies the images the built pages use from the cache into `<dir>/media`; returns how many. */
export async function copyUsedMedia(dir: string, cacheDir: string): Promise<number> {
  const target = path.join(dir, MEDIA_URL_BASE)
  await mkdir(target, {recursive: true})
  // A name that is no file in the cache is no mirrored image (a path like /media/* in a header rule).
  let copied = 0
  await pMap(
    await mediaUsedIn(dir),
    async (name) => {
      const file = path.join(cacheDir, name)
      if (!(await isFile(file))) return
      await copyFile(file, path.join(target, name))
      copied += 1
    },
    {concurrency: 8},
  )
  return copied
}

export function mediaIntegration(cacheDir = mediaCacheDir()): AstroIntegration {
  return {
    name: 'clinic-media',
    hooks: {
      'astro:server:setup': ({server}) => {
        server.middlewares.use((request, response, next) => {
          const url = request.url ?? ''
          if (!url.startsWith(`${MEDIA_URL_BASE}/`)) return next()
          const file = path.join(cacheDir, path.basename(decodeURIComponent(url.split('?')[0] ?? '')))
          if (!existsSync(file)) return next()
          response.setHeader('content-type', mimeTypeFor(file))
          createReadStream(file).pipe(response)
        })
      },
      'astro:build:done': async ({dir, logger}) => {
        if (siteConfig().mode === 'preview' || !existsSync(cacheDir)) return
        const copied = await copyUsedMedia(fileURLToPath(dir), cacheDir)
        logger.info(`${copied} images copied to ${MEDIA_URL_BASE}/`)
      },
    },
  }
}
