// A tiny static file server for a built site, as a CDN would serve it: directory URLs get their
// index.html, files get their content type, text is gzipped when asked, and a miss gets the nearest not-found page.
// Node built-ins only, so it runs under --experimental-strip-types.
import {createReadStream} from 'node:fs'
import {readFile, stat} from 'node:fs/promises'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import {gzipSync} from 'node:zlib'

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/

export interface StaticServer {
  /** e.g. "http://127.0.0.1:40123" */
  origin: string
  port: number
  close(): Promise<void>
}

export interface StaticServerOptions {
  /** The folder to serve; it need not exist yet (a build can fill it after the server has its port). */
  root: string
  /** 0 (the default) picks a free port. */
  port?: number
  /** A single-page app (the built Studio): paths with no file get this file, with 200. */
  fallbackFile?: string
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}

/** The file a URL path names: the file itself, a directory's index.html, or "/name/" as name.html. */
export async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  const file = path.join(root, path.normalize(decoded))
  if (file !== root && !file.startsWith(root + path.sep)) return undefined
  const candidates = [file, path.join(file, 'index.html'), `${file.replace(/[\\/]+$/, '')}.html`]
  for (const candidate of candidates) if (await isFile(candidate)) return candidate
  return undefined
}

async function send(request: IncomingMessage, response: ServerResponse, status: number, file: string) {
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
  const headers: Record<string, string> = {'content-type': type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff'}
  if (COMPRESSIBLE.test(type)) {
    headers.vary = 'accept-encoding'
    const body = await readFile(file)
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
    const payload = gzip ? gzipSync(body) : body
    if (gzip) headers['content-encoding'] = 'gzip'
    response.writeHead(status, {...headers, 'content-length': String(payload.length)})
    response.end(request.method === 'HEAD' ? undefined : payload)
    return
  }
  const {size} = await stat(file)
  response.writeHead(status, {...headers, 'content-length': String(size)})
  if (request.method === 'HEAD') return void response.end()
  createReadStream(file).pipe(response)
}

/**
 * The not-found page closest to a missing address: a section's own (`/es/404/` for anything under
 * /es/, so a Spanish reader gets a Spanish page), else the site's `404.html`.
 */
async function nearestNotFoundPage(base: string, pathname: string): Promise<string | undefined> {
  const segments = pathname.split('/').filter((segment) => segment && segment !== '..' && segment !== '.')
  for (let depth = segments.length - 1; depth >= 1; depth--) {
    const candidate = path.join(base, ...segments.slice(0, depth), '404', 'index.html')
    if (await isFile(candidate)) return candidate
  }
  const root = path.join(base, '404.html')
  return (await isFile(root)) ? root : undefined
}

export async function startStaticServer({root, port = 0, fallbackFile}: StaticServerOptions): Promise<StaticServer> {
  const base = path.resolve(root)
  const server = createServer((request, response) => {
    const handle = async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, {allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8'})
        return void response.end('Method not allowed\n')
      }
      const {pathname} = new URL(request.url ?? '/', 'http://127.0.0.1')
      const file = await resolveFile(base, pathname)
      if (file) return send(request, response, 200, file)
      if (fallbackFile) return send(request, response, 200, path.join(base, fallbackFile))
      const notFound = await nearestNotFoundPage(base, pathname)
      if (notFound) return send(request, response, 404, notFound)
      response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'})
      response.end('Not found\n')
    }
    handle().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, {'content-type': 'text/plain; charset=utf-8'})
      response.end(`${error instanceof Error ? error.message : String(error)}\n`)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const address = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${address.port}`,
    port: address.port,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
