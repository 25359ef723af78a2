// The receiver's small parts on their own: origin check, rate limit, encryption, spool, retries and
// the message the clinic reads.
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {systemClock, type Clock} from '../../scripts/intake/clock.ts'
import {generateKey, seal, unseal, UnreadableRecord} from '../../scripts/intake/crypto.ts'
import {backoffMs, createDeliveryLoop} from '../../scripts/intake/delivery.ts'
import type {Mailer} from '../../scripts/intake/mailer.ts'
import {composeMessage, SUBJECT} from '../../scripts/intake/message.ts'
import {checkOrigin} from '../../scripts/intake/origin.ts'
import {createRateLimiter, RATE_WINDOW_MS, rateKey} from '../../scripts/intake/rateLimit.ts'
import {createSpool, UNREADABLE_FOLDER, type Spool, type SpoolRecord} from '../../scripts/intake/spool.ts'
import {captureLog, expectNothingOf, person} from './support.ts'

const SITE = 'https://www.example.com'

function manualClock(start = Date.parse('2026-11-12T15:00:00Z')): Clock & {advance(ms: number): void} {
  let now = start
  return {
    now: () => now,
    setTimeout: systemClock.setTimeout,
    clearTimeout: systemClock.clearTimeout,
    advance(ms) {
      now += ms
    },
  }
}

describe('the origin check', () => {
  it("accepts the site's own pages, by Origin or else by Referer", () => {
    expect(checkOrigin({origin: SITE}, [SITE])).toEqual({ok: true, origin: SITE})
    expect(checkOrigin({referer: `${SITE}/get-help/`}, [SITE])).toEqual({ok: true, origin: SITE})
    expect(checkOrigin({origin: 'null', referer: `${SITE}/get-help/`}, [SITE])).toEqual({ok: true, origin: SITE})
  })

  it('refuses other sites, look-alikes and posts that say nothing of where they come from', () => {
    expect(checkOrigin({origin: 'https://www.example.com.evil.example'}, [SITE])).toMatchObject({ok: false, reason: 'foreign'})
    expect(checkOrigin({origin: 'http://www.example.com'}, [SITE])).toMatchObject({ok: false, reason: 'foreign'})
    expect(checkOrigin({origin: 'https://evil.example', referer: `${SITE}/`}, [SITE])).toMatchObject({ok: false})
    expect(checkOrigin({}, [SITE])).toEqual({ok: false, reason: 'missing'})
    expect(checkOrigin({origin: 'null'}, [SITE])).toEqual({ok: false, reason: 'missing'})
  })
})

describe('the rate limit', () => {
  it('lets an address post a few times an hour, then again once the oldest post is an hour old', () => {
    const clock = manualClock()
    const limiter = createRateLimiter(3, clock)
    expect([limiter.take('203.0.113.9'), limiter.take('203.0.113.9'), limiter.take('203.0.113.9')]).toEqual([true, true, true])
    clock.advance(10 * 60_000)
    expect(limiter.take('203.0.113.9')).toBe(false)
    expect(limiter.retryAfterMs('203.0.113.9')).toBe(RATE_WINDOW_MS - 10 * 60_000)
    expect(limiter.take('198.51.100.4')).toBe(true)
    clock.advance(RATE_WINDOW_MS - 10 * 60_000)
    expect(limiter.take('203.0.113.9')).toBe(true)
  })

  it('counts a whole IPv6 /64 as one address, and IPv4 the same however it is written', () => {
    expect(rateKey('2001:db8:1:2:aaaa::1')).toBe(rateKey('2001:0db8:0001:0002:ffff:1:2:3'))
    expect(rateKey('2001:db8:1:2::1')).not.toBe(rateKey('2001:db8:1:3::1'))
    expect(rateKey('::ffff:203.0.113.9')).toBe('203.0.113.9')
  })
})

const record = (id = '1794582000000-0123456789abcdef'): SpoolRecord => ({
  id,
  receivedAt: '2026-11-12T15:00:00.000Z',
  inquiry: {
    name: 'Quillon Marbury',
    phone: '(312) 555-0177',
    preferredTime: 'afternoon',
    message: 'Evenings are best.',
    language: 'es',
  },
})

describe('encryption at rest', () => {
  it('opens only with the same key and under the same name, and notices any change', () => {
    const key = generateKey()
    const sealed = seal(key, Buffer.from('hello'), 'id-1')
    expect(unseal(key, sealed, 'id-1').toString()).toBe('hello')
    expect(() => unseal(generateKey(), sealed, 'id-1')).toThrow(UnreadableRecord)
    expect(() => unseal(key, sealed, 'id-2')).toThrow(UnreadableRecord)
    const changed = Buffer.from(sealed)
    changed[changed.length - 1] = (changed[changed.length - 1] ?? 0) ^ 1
    expect(() => unseal(key, changed, 'id-1')).toThrow(UnreadableRecord)
    // A fresh nonce each time: the same text never looks the same twice.
    expect(seal(key, Buffer.from('hello'), 'id-1').equals(sealed)).toBe(false)
  })
})

describe('the spool', () => {
  it('keeps records oldest first, tidies what a crash left half-written, and sets aside what it cannot read', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'spool-')), 'spool')
    const key = generateKey()
    const spool = createSpool(dir, key)
    await spool.prepare()
    const later = await spool.add(record().inquiry, new Date('2026-11-12T15:05:00Z'))
    const earlier = await spool.add(record().inquiry, new Date('2026-11-12T15:00:00Z'))
    expect((await spool.list()).map((entry) => entry.id)).toEqual([earlier.id, later.id])
    expect(await spool.read(later.id)).toEqual(later)
    for (const name of readdirSync(dir)) expectNothingOf(person('x'), readFileSync(path.join(dir, name), 'latin1'), name)
    expect(readFileSync(path.join(dir, `${later.id}.inquiry`), 'latin1')).not.toContain('Quillon')

    writeFileSync(path.join(dir, `${later.id}.inquiry.abcd.partial`), 'half')
    expect(await createSpool(dir, key).prepare()).toEqual({partialsRemoved: 1})

    const other = createSpool(dir, generateKey())
    await expect(other.read(earlier.id)).rejects.toThrow(UnreadableRecord)
    await other.setAside(earlier.id)
    expect(readdirSync(path.join(dir, UNREADABLE_FOLDER))).toEqual([`${earlier.id}.inquiry`])
    expect(await other.countUnreadable()).toBe(1)
    await spool.remove(later.id)
    expect(await spool.list()).toEqual([])
  })
})

describe('delivery retries', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('waits twice as long after each failure, up to the most it may wait', () => {
    const policy = {firstMs: 1000, maxMs: 5000}
    expect([1, 2, 3, 4, 5].map((failures) => backoffMs(failures, policy))).toEqual([1000, 2000, 4000, 5000, 5000])
  })

  it('keeps a record until the mailer accepts it, retrying on that schedule', async () => {
    vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'Date']})
    const start = Date.now()
    // In memory, so only the (fake) clock decides when things happen.
    const records = new Map<string, SpoolRecord>()
    const spool: Spool = {
      dir: '(memory)',
      prepare: async () => ({partialsRemoved: 0}),
      async add(inquiry, receivedAt) {
        const stored = {...record(), inquiry, receivedAt: receivedAt.toISOString()}
        records.set(stored.id, stored)
        return stored
      },
      list: async () => [...records.values()].map(({id, receivedAt}) => ({id, receivedAt: Date.parse(receivedAt)})),
      read: async (id) => records.get(id) ?? Promise.reject(new Error('gone')),
      remove: async (id) => void records.delete(id),
      setAside: async () => {},
      countUnreadable: async () => 0,
    }
    const attempts: number[] = []
    const mailer: Mailer = {
      description: 'test',
      prepare: async () => {},
      async deliver() {
        attempts.push(Date.now() - start)
        if (attempts.length < 5) throw Object.assign(new Error('450 mailbox busy for q.marbury@example.org'), {responseCode: 450})
      },
      close() {},
    }
    const log = captureLog()
    const loop = createDeliveryLoop({spool, mailer, retry: {firstMs: 1000, maxMs: 3000}, clock: systemClock, log})
    await loop.start()
    const stored = await spool.add(record().inquiry, new Date())
    loop.add({id: stored.id, receivedAt: Date.now()})
    await vi.advanceTimersByTimeAsync(10_000)
    expect(records.size).toBe(0)
    expect(attempts).toEqual([0, 1000, 3000, 6000, 9000])
    expect(loop.status()).toMatchObject({waiting: 0, delivered: 1, failedAttempts: 4})
    // The server's reply text can quote an address; the log keeps only the codes.
    expect(log.text()).toMatch(/delivery failed: ref=[0-9a-f]{6} attempt=4 reply=450; next try in 3000 ms/)
    expect(log.text()).not.toContain('marbury')
    await loop.stop(100)
  })
})

describe('the message the clinic receives', () => {
  it('says what the person entered, when they would like a call and when they sent it; the subject says none of it', () => {
    const message = composeMessage(
      {...record(), inquiry: {...record().inquiry, email: 'q@example.org'}},
      {from: 'Website <website@clinic.example.com>', to: 'intake@clinic.example.com', timeZone: 'America/Chicago'},
    )
    expect(message.subject).toBe(`${SUBJECT} (ref abcdef)`)
    expect(message.text).toContain('Name: Quillon Marbury\nPhone: (312) 555-0177\nEmail: q@example.org')
    // In English for the clinic's staff, with the language the person wrote in, to call back in it.
    expect(message.text).toContain('Best time to reach them: Afternoon\nLanguage of the form: Spanish')
    expect(message.text).toContain('Sent: Thursday, November 12, 2026 at 9:00:00 AM CST')
    expect(message.text).toContain('Their message:\nEvenings are best.')
    expect(message.messageId).toBe('<1794582000000-0123456789abcdef@clinic.example.com>')
    expect(message.replyTo).toEqual({name: 'Quillon Marbury', address: 'q@example.org'})
  })

  it('reads an inquiry spooled before the form sent its language as English', () => {
    const {language: _language, ...before} = record().inquiry
    const options = {from: 'website@clinic.example.com', to: 'intake@clinic.example.com', timeZone: 'UTC'}
    // A record written by the previous version, as JSON.parse returns it from the spool.
    const old = JSON.parse(JSON.stringify({...record(), inquiry: before})) as SpoolRecord
    expect(composeMessage(old, options).text).toContain('Language of the form: English')
  })
})
