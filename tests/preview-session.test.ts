// Preview sessions: signed tokens that expire, that the server can end, and that a new secret or a
// restart of the preview server ends all at once. Time is a clock the test moves.
import {describe, expect, it} from 'vitest'
import {createPreviewSessions, SESSION_LIFETIME_MS, signSession} from '../site/lib/preview/session'

const SECRET = 'preview-secret-for-sessions-1'
const START = Date.UTC(2026, 2, 1, 9)

function clock() {
  let now = START
  return {now: () => now, advance: (ms: number) => (now += ms)}
}

describe('preview sessions', () => {
  it('lets a session in until its expiry and not a moment after', () => {
    const time = clock()
    const sessions = createPreviewSessions({secret: SECRET, now: time.now})
    const {token, maxAgeSeconds} = sessions.open()
    expect(maxAgeSeconds).toBe(SESSION_LIFETIME_MS / 1000)
    time.advance(SESSION_LIFETIME_MS - 1)
    expect(sessions.isValid(token)).toBe(true)
    time.advance(1)
    // A copied cookie is refused from here on, whatever the browser still keeps.
    expect(sessions.isValid(token)).toBe(false)
  })

  it('gives every session its own token', () => {
    const sessions = createPreviewSessions({secret: SECRET, now: clock().now})
    expect(sessions.open().token).not.toBe(sessions.open().token)
  })

  it('ends a session on the server when it is closed, and only that one', () => {
    const sessions = createPreviewSessions({secret: SECRET, now: clock().now})
    const closed = sessions.open().token
    const other = sessions.open().token
    sessions.end(closed)
    expect(sessions.isValid(closed)).toBe(false)
    expect(sessions.isValid(other)).toBe(true)
  })

  it('refuses tokens signed with another secret: rotating the secret ends every session', () => {
    const time = clock()
    const token = createPreviewSessions({secret: SECRET, now: time.now}).open().token
    expect(createPreviewSessions({secret: `${SECRET}-rotated`, now: time.now}).isValid(token)).toBe(false)
  })

  it('refuses a token whose claims were changed, and anything that is not a token', () => {
    const time = clock()
    const sessions = createPreviewSessions({secret: SECRET, now: time.now})
    const [claims, signature] = sessions.open().token.split('.')
    const decoded = JSON.parse(Buffer.from(claims ?? '', 'base64url').toString('utf8')) as Record<string, unknown>
    const longer = Buffer.from(JSON.stringify({...decoded, exp: START + 10 * SESSION_LIFETIME_MS})).toString('base64url')
    expect(sessions.isValid(`${longer}.${signature}`)).toBe(false)
    for (const value of [undefined, '', 'forged', '.', `${claims}.`, `${claims}.${signature}.extra`]) {
      expect(sessions.isValid(value), String(value)).toBe(false)
    }
  })

  it('refuses tokens issued before the server started: a restart ends every session', () => {
    const time = clock()
    const before = signSession({id: 'earlier', issuedAt: START - 1, expiresAt: START + 1000}, SECRET)
    const sessions = createPreviewSessions({secret: SECRET, now: time.now})
    expect(sessions.isValid(before)).toBe(false)
  })

  it('keeps the list of ended sessions bounded: expired ones are dropped, and a full list ends every session', () => {
    const time = clock()
    const sessions = createPreviewSessions({secret: SECRET, now: time.now, maxEnded: 3})
    for (let index = 0; index < 3; index++) sessions.end(sessions.open().token)
    expect(sessions.endedCount()).toBe(3)
    // Once they have expired, ended sessions need no entry: their tokens fail on their own.
    time.advance(SESSION_LIFETIME_MS)
    const kept = sessions.open().token
    sessions.end(sessions.open().token)
    expect(sessions.endedCount()).toBe(1)
    for (let index = 0; index < 2; index++) sessions.end(sessions.open().token)
    expect(sessions.isValid(kept)).toBe(true)
    // Full: rather than forget an ended session, end them all; editors open the preview again.
    sessions.end(sessions.open().token)
    expect(sessions.endedCount()).toBeLessThanOrEqual(3)
    expect(sessions.isValid(kept)).toBe(false)
    time.advance(1)
    expect(sessions.isValid(sessions.open().token)).toBe(true)
  })
})
