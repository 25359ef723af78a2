// Which site a post came from. A browser sets Origin on every form post itself (and Referer, unless
// a policy strips it), so a page on another site cannot make its visitors' browsers post here as if
// from ours. A script outside a browser can send any header; the rate limit is there for that.
import type {IncomingHttpHeaders} from 'node:http'

export type OriginCheck = {ok: true; origin: string} | {ok: false; reason: 'missing' | 'foreign'; origin?: string}

function originOf(value: string | undefined): string | undefined {
  // "null" is what a browser sends for a page it will not name (a sandboxed frame, a file, a redirect).
  if (!value || value === 'null') return undefined
  try {
    const {origin} = new URL(value)
    return origin === 'null' ? undefined : origin
  } catch {
    return undefined
  }
}

/** The Origin header, or else the origin of the Referer; accepted only if it is one of `allowed`. */
export function checkOrigin(headers: IncomingHttpHeaders, allowed: readonly string[]): OriginCheck {
  const origin = originOf(headers.origin) ?? originOf(headers.referer)
  if (!origin) return {ok: false, reason: 'missing'}
  return allowed.includes(origin) ? {ok: true, origin} : {ok: false, reason: 'foreign', origin}
}
