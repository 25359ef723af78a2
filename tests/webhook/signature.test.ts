import {encodeSignatureHeader} from '@sanity/webhook'
import {describe, expect, it} from 'vitest'
import {checkSignature, checkSignatureHeader} from '../../scripts/webhook/signature.ts'

const secret = 'a-secret'
const body = JSON.stringify({_id: 'page-1', _type: 'page', operation: 'update'})
const now = Date.UTC(2026, 0, 15, 12)
const options = {secret, toleranceMs: 60_000, now}

describe('webhook signature check', () => {
  it('accepts a fresh signature made with the secret over the exact body', async () => {
    expect(await checkSignature(body, await encodeSignatureHeader(body, now - 1000, secret), options)).toEqual({valid: true})
  })

  it('refuses a missing, doubled or malformed header', async () => {
    expect(await checkSignature(body, undefined, options)).toEqual({valid: false, reason: 'missing'})
    expect(await checkSignature(body, '', options)).toEqual({valid: false, reason: 'missing'})
    const header = await encodeSignatureHeader(body, now, secret)
    expect(await checkSignature(body, [header, header], options)).toEqual({valid: false, reason: 'malformed'})
    expect(await checkSignature(body, 'sha256=deadbeef', options)).toEqual({valid: false, reason: 'malformed'})
  })

  it('refuses another secret, and a body changed after signing', async () => {
    const wrongSecret = await encodeSignatureHeader(body, now, 'another-secret')
    expect(await checkSignature(body, wrongSecret, options)).toEqual({valid: false, reason: 'mismatch'})
    const header = await encodeSignatureHeader(body, now, secret)
    expect(await checkSignature(body.replace('page-1', 'page-2'), header, options)).toEqual({valid: false, reason: 'mismatch'})
    // Re-serialised JSON (other spacing) is a different body.
    expect(await checkSignature(JSON.stringify(JSON.parse(body), null, 2), header, options)).toEqual({
      valid: false,
      reason: 'mismatch',
    })
  })

  it('refuses a genuine signature older than the tolerance, or as far ahead of our clock', async () => {
    const old = await encodeSignatureHeader(body, now - 60_001, secret)
    expect(await checkSignature(body, old, options)).toEqual({valid: false, reason: 'expired'})
    const future = await encodeSignatureHeader(body, now + 60_001, secret)
    expect(await checkSignature(body, future, options)).toEqual({valid: false, reason: 'expired'})
    const edge = await encodeSignatureHeader(body, now - 60_000, secret)
    expect(await checkSignature(body, edge, options)).toEqual({valid: true})
  })

  it("judges the header alone, before any body: present, of Sanity's form, recent enough", async () => {
    const header = await encodeSignatureHeader(body, now, secret)
    expect(checkSignatureHeader(header, options)).toEqual({valid: true, header, timestamp: now})
    expect(checkSignatureHeader(`t=${now},v1=short`, options)).toEqual({valid: false, reason: 'malformed'})
    expect(checkSignatureHeader(`t=${now},v1=${'a'.repeat(43)}`, options)).toMatchObject({valid: true})
    expect(checkSignatureHeader(`t=${now - 60_001},v1=${'a'.repeat(43)}`, options)).toEqual({valid: false, reason: 'expired'})
  })
})
