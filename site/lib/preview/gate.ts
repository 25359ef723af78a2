// The preview server's front door: opens and closes preview sessions, refuses everyone without
// one, and renders pages for those with one from drafts, with no-index and no-store headers.
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {APIContext, MiddlewareNext} from 'astro'
import type {SiteConfig} from '../config/config'
import {MEDIA_URL_BASE, previewMediaCacheDir} from '../content/media'
import {mimeTypeFor} from '../content/mimeTypes'
import {
  cookieOptions,
  DISABLE_PATH,
  ENABLE_PATH,
  isValidSecret,
  PREVIEW_COOKIE,
  previewHeaders,
  REDIRECT_PARAM,
  safeRedirectPath,
  SECRET_PARAM,
} from './access'
import {draftSource, publishedSource} from './draftSource'
import {createPreviewContent, withPreviewContent} from './previewContent'
import {validateStudioPreviewUrl} from './sanityPreviewUrl'
import {createPreviewSessions, type PreviewSessions} from './session'

/** The sessions of this server process; the secret never changes while it runs. */
let sessions: PreviewSessions | undefined
const sessionsFor = (secret: string) => (sessions ??= createPreviewSessions({secret}))

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
  const {searchParams, origin} = context.url
  let redirect: string | undefined
  if (isValidSecret(searchParams.get(SECRET_PARAM), secret)) {
    redirect = safeRedirectPath(searchParams.get(REDIRECT_PARAM), origin)
  } else if (config.source.kind === 'sanity') {
    const studioRedirect = await validateStudioPreviewUrl(config.source, context.url.toString())
    redirect = studioRedirect === undefined ? undefined : safeRedirectPath(studioRedirect, origin)
  }
  if (!redirect) return unauthorized()
  const {token, maxAgeSeconds} = sessionsFor(secret).open()
  context.cookies.set(PREVIEW_COOKIE, token, cookieOptions(isSecureRequest(context), maxAgeSeconds))
  return context.redirect(redirect, 307)
}

/** The images the preview shows, drafts' own included: only to a session, never cached (see previewHeaders). */
async function mirroredImage(pathname: string): Promise<Response> {
  const file = path.join(previewMediaCacheDir(), path.basename(pathname))
  const bytes = await readFile(file).catch(() => undefined)
  if (!bytes) return new Response('Not found', {status: 404})
  return new Response(bytes, {headers: {'content-type': mimeTypeFor(file)}})
}

export async function previewGate(context: APIContext, next: MiddlewareNext, config: SiteConfig): Promise<Response> {
  return withPreviewHeaders(await answer(context, next, config), config)
}

async function answer(context: APIContext, next: MiddlewareNext, config: SiteConfig): Promise<Response> {
  // Files written while the preview is built (host files) are the public site's, and published
  // content: no session exists then, and none is needed to render them.
  if (context.isPrerendered) return next()
  const secret = config.previewSecret
  if (!secret) return unauthorized()
  const {pathname} = context.url
  // Crawlers read robots.txt without a session; in preview it disallows everything.
  if (pathname === '/robots.txt') return next()
  if (pathname === ENABLE_PATH) return openSession(context, config, secret)
  const session = context.cookies.get(PREVIEW_COOKIE)?.value
  if (pathname === DISABLE_PATH) {
    // Ended on the server too: a copy of the cookie stops working along with the browser's.
    sessionsFor(secret).end(session)
    context.cookies.delete(PREVIEW_COOKIE, {path: '/'})
    return new Response('Preview closed.', {headers: {'content-type': 'text/plain; charset=utf-8'}})
  }
  if (!sessionsFor(secret).isValid(session)) return unauthorized()
  if (pathname.startsWith(`${MEDIA_URL_BASE}/`)) return mirroredImage(pathname)

  const content = createPreviewContent(await draftSource(), publishedSource)
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
