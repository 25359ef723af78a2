import {describe, expect, it} from 'vitest'
import {parseDelivery} from '../../scripts/webhook/payload.ts'

describe('webhook delivery payload', () => {
  it('reads the id of the GROQ projection {_id, _type, operation}', () => {
    expect(parseDelivery('{"_id":"therapy-dbt","_type":"therapy","operation":"update"}')).toEqual({
      ok: true,
      ids: ['therapy-dbt'],
    })
  })

  it('reads every id of a list, each once', () => {
    const body = JSON.stringify([
      {_id: 'a', _type: 'faq', operation: 'create'},
      {_id: 'b', _type: 'faq', operation: 'delete'},
      {_id: 'a', _type: 'faq', operation: 'update'},
    ])
    expect(parseDelivery(body)).toEqual({ok: true, ids: ['a', 'b']})
  })

  it('ignores drafts and release versions, which never reach the published site', () => {
    const body = JSON.stringify([
      {_id: 'drafts.a', _type: 'page'},
      {_id: 'versions.r1.a', _type: 'page'},
    ])
    expect(parseDelivery(body)).toEqual({ok: true, ids: []})
  })

  it('says what is wrong with a body that is not JSON or not the projection', () => {
    expect(parseDelivery('not json')).toEqual({ok: false, message: 'The body is not JSON.'})
    for (const body of ['{}', '[]', '{"_id": 5, "_type": "page"}', '{"_id":"a","_type":"page","operation":"publish"}', '"a"']) {
      const parsed = parseDelivery(body)
      expect(parsed.ok).toBe(false)
      if (!parsed.ok) expect(parsed.message).toContain('projection')
    }
  })
})
