import {describe, expect, it} from 'vitest'
import {dialablePhone, isSafeUrl, notInFuture, todayIso} from '../schemas/lib/validation'

describe('link schemes', () => {
  it('accepts https, mailto and tel links', () => {
    expect(isSafeUrl('https://988lifeline.org/chat/')).toBe(true)
    expect(isSafeUrl('mailto:care@example.com')).toBe(true)
    expect(isSafeUrl('tel:+13125550142')).toBe(true)
  })
  it('refuses javascript:, data:, plain http and relative addresses', () => {
    expect(isSafeUrl('javascript:alert(1)')).toBe(false)
    expect(isSafeUrl(' JavaScript:alert(1)')).toBe(false)
    expect(isSafeUrl('data:text/html,<script>')).toBe(false)
    expect(isSafeUrl('http://example.com')).toBe(false)
    expect(isSafeUrl('/conditions')).toBe(false)
    expect(isSafeUrl('https://')).toBe(false)
  })
})

describe('review dates', () => {
  it('accepts today and past dates, refuses tomorrow', () => {
    const tomorrow = todayIso(new Date(Date.now() + 86_400_000))
    expect(notInFuture(todayIso())).toBe(true)
    expect(notInFuture('2020-01-01')).toBe(true)
    expect(notInFuture(tomorrow)).toMatch(/cannot be in the future/)
  })
})

describe('phone numbers', () => {
  it('accepts numbers as people write them and refuses letters', () => {
    expect(dialablePhone('(312) 555-0142')).toBe(true)
    expect(dialablePhone('988')).toBe(true)
    expect(dialablePhone('+1 312 555 0142')).toBe(true)
    expect(dialablePhone('call us')).toMatch(/Use only digits/)
    expect(dialablePhone('12')).toMatch(/between 3 and 15 digits/)
  })
})
