// The preview server's front door: opens and closes preview sessions, refuses everyone without
// one, and renders pages for those with one from drafts, with no-index and no-store headers.
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {APIContext, MiddlewareNext} from 'astro'
import type {SiteConfig} from '../config'
import {MEDIA_URL_BASE, mediaCacheDir} from '../content/media'
import {mimeTypeFor} from '../content/mimeTypes'
import {
  cookieOptions,
  DISABLE_PATH,
  ENABLE_PATH,
  hasValidSession,
  isValidSecret,
  PREVIEW_COOKIE,
  previewHeaders,
  REDIRECT_PARAM,
  safeRedirectPath,
  SECRET_PARAM,
  sessionToken,
} from './access'
import {draftSource} from './draftSource'
import {createPreviewContent, withPreviewContent} from './previewContent'
import {validateStudioPreviewUrl} from './sanityPreviewUrl'

function withPreviewHeaders(response: Response, config: SiteConfig): Response {
  for (const [name, value] of Object.entries(previewHeaders(config.studioUrl))) response.headers.set(name, value)
  return response
}

function unauthorized(): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Preview</title></head>
<body><main><h1>This is the editors' preview</h1><p>Open it from the Studio, or with the preview link that carries its secret.
Looking for the clinic's website? Go to the public site instead.</p></main></body></html>`
  return new Response(html, {status: 401, headers: {'content-type': 'text/html; charset=utf-8'}})
}

const isSecureRequest = (context: APIContext) =>
  context.url.protocol === 'https:' || context.request.headers.get('x-forwarded-proto') === 'https'

async function openSession(context: APIContext, config: SiteConfig, secret: string): Promise<Response> {
  const {searchParams} = context.url
  let redirect: string | undefined
  if (isValidSecret(searchParams.get(SECRET_PARAM), secret)) {
    redirect = safeRedirectPath(searchParams.get(REDIRECT_PARAM))
  } else if (config.source.kind === 'sanity') {
    const studioRedirect = await validateStudioPreviewUrl(config.source, context.url.toString())
    redirect = studioRedirect === undefined ? undefined : safeRedirectPath(studioRedirect)
  }
  if (!redirect) return unauthorized()
  context.cookies.set(PREVIEW_COOKIE, sessionToken(secret), cookieOptions(isSecureRequest(context)))
  return context.redirect(redirect, 307)
}

async function mirroredImage(pathname: string): Promise<Response> {
  const file = path.join(mediaCacheDir(), path.basename(pathname))
  const bytes = await readFile(file).catch(() => undefined)
  if (!bytes) return new Response('Not found', {status: 404})
  return new Response(bytes, {headers: {'content-type': mimeTypeFor(file)}})
}

export async function previewGate(context: APIContext, next: MiddlewareNext, config: SiteConfig): Promise<Response> {
  return withPreviewHeaders(await answer(context, next, config), config)
}

async function answer(context: APIContext, next: MiddlewareNext, config: SiteConfig): Promise<Response> {
  const secret = config.previewSecret
  if (!secret) return unauthorized()
  const {pathname} = context.url
  // Crawlers read robots.txt without a session; in preview it disallows everything.
  if (pathname === '/robots.txt') return next()
  if (pathname === ENABLE_PATH) return openSession(context, config, secret)
  if (pathname === DISABLE_PATH) {
    context.cookies.delete(PREVIEW_COOKIE, {path: '/'})
    return new Response('Preview closed.', {headers: {'content-type': 'text/plain; charset=utf-8'}})
  }
  if (!hasValidSession(context.cookies.get(PREVIEW_COOKIE)?.value, secret)) return unauthorized()
  if (pathname.startsWith(`${MEDIA_URL_BASE}/`)) return mirroredImage(pathname)

  const content = createPreviewContent(await draftSource())
  // Rendered to the end inside the request's content scope, so every await sees the drafts.
  return withPreviewContent(content, async () => {
    const rendered = await next()
    return new Response(await rendered.text(), {
      status: rendered.status,
      statusText: rendered.statusText,
      headers: rendered.headers,
    })
  })
}
