// Preview sessions: each editor who opens the preview gets a token of its own, signed with a key
// derived from SANITY_PREVIEW_SECRET, that says when it was issued and when it expires. The server
// checks it on every request, and keeps the ids of sessions ended before their expiry (in memory, so
// sessions opened before a restart are refused too: the list that would have ended them is gone).
import {createHmac, randomBytes, timingSafeEqual} from 'node:crypto'
import {fieldOf} from '../content/fieldOf'

/** How long a preview session lasts: a working day. */
export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000

/** Ended sessions the server remembers at most; past that, it ends every session (see `end`). */
export const MAX_ENDED_SESSIONS = 10_000

export interface SessionClaims {
  /** Random, so that one session can be ended without ending the others. */
  id: string
  /** Milliseconds since the epoch. */
  issuedAt: number
  expiresAt: number
}

/** A separate key for sessions, so a token never doubles as anything else signed with the secret. */
const signingKey = (secret: string) => createHmac('sha256', secret).update('clinic-preview-session-v2').digest()

const sign = (claims: string, secret: string) => createHmac('sha256', signingKey(secret)).update(claims).digest('base64url')

/** `<claims>.<signature>`, both base64url: the claims as JSON, the signature an HMAC-SHA256 of them. */
export function signSession({id, issuedAt, expiresAt}: SessionClaims, secret: string): string {
  const claims = Buffer.from(JSON.stringify({id, iat: issuedAt, exp: expiresAt})).toString('base64url')
  return `${claims}.${sign(claims, secret)}`
}

/** The claims of a token signed with `secret`; undefined for anything else. Expiry is not checked here. */
export function verifySession(token: string | undefined, secret: string): SessionClaims | undefined {
  const [claims, signature, ...rest] = token?.split('.') ?? []
  if (!claims || !signature || rest.length > 0) return undefined
  const expected = Buffer.from(sign(claims, secret))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  const parsed: unknown = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8'))
  const [id, iat, exp] = ['id', 'iat', 'exp'].map((field) => fieldOf(parsed, field))
  if (typeof id !== 'string' || typeof iat !== 'number' || typeof exp !== 'number') return undefined
  return {id, issuedAt: iat, expiresAt: exp}
}

export interface PreviewSessions {
  /** A new session: its token (the cookie's value) and how long the browser should keep it. */
  open(): {token: string; maxAgeSeconds: number}
  /** Whether a request with this token may see drafts. */
  isValid(token: string | undefined): boolean
  /** Ends the session of this token, on the server: a copy of the cookie stops working too. */
  end(token: string | undefined): void
  /** Ended sessions remembered now (for tests of the bound). */
  endedCount(): number
}

export interface SessionOptions {
  secret: string
  /** The clock, replaceable in tests. */
  now?: () => number
  lifetimeMs?: number
  maxEnded?: number
}

export function createPreviewSessions({
  secret,
  now = Date.now,
  lifetimeMs = SESSION_LIFETIME_MS,
  maxEnded = MAX_ENDED_SESSIONS,
}: SessionOptions): PreviewSessions {
  // Sessions issued before this are over: those of an earlier run of the server, and all of them
  // when the list of ended sessions overflows.
  let notBefore = now()
  /** Ended sessions by id, with their expiry: after it, the token fails on its own and the entry can go. */
  const ended = new Map<string, number>()

  const live = (token: string | undefined): SessionClaims | undefined => {
    const claims = verifySession(token, secret)
    if (!claims) return undefined
    const at = now()
    if (claims.issuedAt < notBefore || at >= claims.expiresAt || ended.has(claims.id)) return undefined
    return claims
  }

  const pruneExpired = () => {
    const at = now()
    for (const [id, expiresAt] of ended) if (at >= expiresAt) ended.delete(id)
  }

  return {
    open() {
      const issuedAt = now()
      const id = randomBytes(16).toString('base64url')
      return {
        token: signSession({id, issuedAt, expiresAt: issuedAt + lifetimeMs}, secret),
        maxAgeSeconds: Math.floor(lifetimeMs / 1000),
      }
    },
    isValid: (token) => live(token) !== undefined,
    end(token) {
      const claims = live(token)
      if (!claims) return
      pruneExpired()
      if (ended.size >= maxEnded) {
        // Forgetting an ended session would let its copies back in; ending all of them is safe.
        notBefore = now() + 1
        ended.clear()
        return
      }
      ended.set(claims.id, claims.expiresAt)
    },
    endedCount: () => ended.size,
  }
}
