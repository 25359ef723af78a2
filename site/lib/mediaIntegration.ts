// Serves mirrored content images under /media: from the cache folder in `astro dev`, and copied
// into dist/media when a build finishes.
import {createReadStream, existsSync} from 'node:fs'
import {cp} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {AstroIntegration} from 'astro'
import {mediaCacheDir, MEDIA_URL_BASE} from './content/media'
import {mimeTypeFor} from './content/mimeTypes'

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
        if (!existsSync(cacheDir)) return
        await cp(cacheDir, path.join(fileURLToPath(dir), MEDIA_URL_BASE), {recursive: true})
        logger.info(`images copied to ${MEDIA_URL_BASE}/`)
      },
    },
  }
}
