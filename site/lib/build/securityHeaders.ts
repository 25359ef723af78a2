// HTTP response headers for the static site, and the host files that carry them (Netlify and
// Cloudflare Pages `_headers`, Vercel's Build Output config). Pure functions, so the build can write the
// files and tests can read the policy without a server.
import {isLocalHost} from '../config/localHost'

export interface SecurityHeaderOptions {
  /** The inquiry form's endpoint (see inquiryEndpoint.ts); its origin may receive the form. */
  formEndpoint?: string
}

const WHERE_TO_FIX = 'set INQUIRY_ENDPOINT for the build, or change the endpoint in Site settings'

/** The origin a form may post to: https, or plain http to a receiver on this machine (local development). */
function formOrigin(endpoint: string): string {
  let url: URL
  try {
    url = new URL(endpoint)
  } catch {
    throw new Error(`The inquiry form endpoint "${endpoint}" is not an absolute URL; ${WHERE_TO_FIX}.`)
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLocalHost(url.hostname))) {
    throw new Error(`The inquiry form endpoint "${endpoint}" must be an https:// address; ${WHERE_TO_FIX}.`)
  }
  return url.origin
}

/** The Content-Security-Policy directives, in order, as name → sources. */
export function cspDirectives({formEndpoint}: SecurityHeaderOptions = {}): Array<[string, string[]]> {
  return [
    ['default-src', ["'self'"]],
    // The site ships no JavaScript. Its only <script> elements are JSON-LD
    // (type="application/ld+json"): a data block, which the HTML "prepare the script element"
    // algorithm returns from (step "Otherwise, return. No script is executed") before it ever
    // asks CSP (the later "Should element's inline behavior be blocked" step). So 'none' blocks
    // every script and leaves structured data intact.
    ['script-src', ["'none'"]],
    // Astro inlines every stylesheet (build.inlineStylesheets: 'always') and scoped styles differ
    // per page, so a hash list would have to be per page and rebuilt with every content change;
    // a static header file cannot carry that. 'unsafe-inline' for styles is the trade: with no
    // script allowed and images/fonts limited to our origin, injected CSS can neither run code
    // nor send data elsewhere.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    // No fetch, XHR, WebSocket or beacon: there is nothing to connect to.
    ['connect-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'", ...(formEndpoint ? [formOrigin(formEndpoint)] : [])]],
    ['frame-ancestors', ["'none'"]],
  ]
}

export function contentSecurityPolicy(options: SecurityHeaderOptions = {}): string {
  return cspDirectives(options)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

/** The headers every HTML page gets. */
export function securityHeaders(options: SecurityHeaderOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    // Cross-origin requests carry our origin but never the path, which on a mental-health site
    // can name a condition. Not `no-referrer`: under it, browsers send `Origin: null` with the
    // inquiry form's cross-origin POST (Fetch standard, "append a request Origin header"), and
    // form services that check the Origin would refuse the form.
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  }
}

/** Hashed build assets and images: their names change when their content does. */
export const IMMUTABLE_PATHS = ['/_astro/*', '/media/*']
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable'

/** The `_headers` file for Netlify and Cloudflare Pages. */
export function netlifyHeadersFile(options: SecurityHeaderOptions = {}): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')
  return `${[
    block('/*', securityHeaders(options)),
    ...IMMUTABLE_PATHS.map((path) => block(path, {'Cache-Control': IMMUTABLE_CACHE_CONTROL})),
  ].join('\n\n')}\n`
}

export interface VercelRoute {
  src: string
  headers: Record<string, string>
  continue: true
}

/**
 * Vercel's Build Output API configuration (`.vercel/output/config.json`): Vercel takes headers
 * from there when a build writes that folder, so they can follow the content (the form endpoint)
 * like `_headers` does. A committed vercel.json could not.
 */
export function vercelOutputConfig(options: SecurityHeaderOptions = {}): {version: 3; routes: VercelRoute[]} {
  const route = (path: string, headers: Record<string, string>): VercelRoute => ({
    src: path.replace('/*', '/(.*)'),
    headers,
    continue: true,
  })
  return {
    version: 3,
    routes: [
      route('/*', securityHeaders(options)),
      ...IMMUTABLE_PATHS.map((path) => route(path, {'Cache-Control': IMMUTABLE_CACHE_CONTROL})),
    ],
  }
}
