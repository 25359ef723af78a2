// Who may see drafts: a request that brings the preview secret (or, with Sanity, a secret the
// Presentation tool created) gets a session cookie (see session.ts); every other request gets
// nothing but a 401.
import {timingSafeEqual} from 'node:crypto'

export const PREVIEW_COOKIE = 'clinic_preview'
export const ENABLE_PATH = '/api/preview/enable'
export const DISABLE_PATH = '/api/preview/disable'
/** Query parameter of the developer flow: /api/preview/enable?secret=...&redirect=/path/ */
export const SECRET_PARAM = 'secret'
export const REDIRECT_PARAM = 'redirect'

/**
 * Headers on every preview response: never indexed, never cached by anyone but the editor, and
 * framed only by the Studio. The click-to-edit script talks to whichever page frames it, so
 * another site framing the preview (the session cookie is SameSite=None) could read drafts.
 * Nothing else is restricted: the preview is not the public site, whose policy forbids scripts.
 */
export function previewHeaders(studioUrl: string): Record<string, string> {
  return {
    'Cache-Control': 'private, no-store',
    'X-Robots-Tag': 'noindex, nofollow',
    'Content-Security-Policy': `frame-ancestors ${new URL(studioUrl).origin}`,
  }
}

function equalInConstantTime(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

export function isValidSecret(given: string | null | undefined, secret: string): boolean {
  return typeof given === 'string' && equalInConstantTime(given, secret)
}

/** Any control character, C0, DEL or C1: URL parsers drop some of them, so "/\t/evil.example" becomes "//evil.example". */
const CONTROL_CHARACTER = /\p{Cc}/u

/**
 * Where the enable endpoint may send the editor: a page of the preview itself (`origin`), as a path
 * with its query and fragment. The target is parsed as a URL, as the browser will parse it, and any
 * other origin, any control character or anything unparsable means the home page.
 */
export function safeRedirectPath(value: string | null | undefined, origin: string): string {
  if (!value || CONTROL_CHARACTER.test(value)) return '/'
  let target: URL
  try {
    target = new URL(value, origin)
  } catch {
    return '/'
  }
  if (target.origin !== new URL(origin).origin) return '/'
  return `${target.pathname}${target.search}${target.hash}`
}

/**
 * Cookie attributes: in the Studio's Presentation tool the preview runs in a cross-site iframe
 * (the Studio and the preview live on different sites), which needs SameSite=None and Secure.
 * Over plain http (a developer's machine, where both run on localhost) Lax is what works.
 */
export function cookieOptions(secure: boolean, maxAgeSeconds: number) {
  return {httpOnly: true, path: '/', secure, sameSite: secure ? ('none' as const) : ('lax' as const), maxAge: maxAgeSeconds}
}
