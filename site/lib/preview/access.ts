// Who may see drafts: a request that brings the preview secret (or, with Sanity, a secret the
// Presentation tool created) gets a session cookie; every other request gets nothing but a 401.
import {createHmac, timingSafeEqual} from 'node:crypto'

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

/**
 * The cookie value: derived from the secret, so it cannot be made without it, and changing the
 * secret ends every preview session.
 */
export function sessionToken(secret: string): string {
  return createHmac('sha256', secret).update('clinic-preview-session-v1').digest('base64url')
}

function equalInConstantTime(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

export function isValidSecret(given: string | null | undefined, secret: string): boolean {
  return typeof given === 'string' && equalInConstantTime(given, secret)
}

export function hasValidSession(cookie: string | undefined, secret: string): boolean {
  return typeof cookie === 'string' && equalInConstantTime(cookie, sessionToken(secret))
}

/** Only paths on this site: "/conditions/anxiety/" yes, "//evil.example" or "https://..." no. */
export function safeRedirectPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/'
  return value
}

/**
 * Cookie attributes: in the Studio's Presentation tool the preview runs in a cross-site iframe
 * (the Studio and the preview live on different sites), which needs SameSite=None and Secure.
 * Over plain http (a developer's machine, where both run on localhost) Lax is what works.
 */
export function cookieOptions(secure: boolean) {
  return {httpOnly: true, path: '/', secure, sameSite: secure ? ('none' as const) : ('lax' as const), maxAge: 60 * 60 * 8}
}
