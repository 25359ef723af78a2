import {describe, expect, it} from 'vitest'
import {isSafeUrl, slugProblem, todayIso} from '../schemas/lib/rules'
import {dialablePhone, notInFuture} from '../schemas/lib/validation'
import {phoneSchema, reviewDateSchema, slugSchema} from '../site/lib/content/shapes'

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

describe('the Studio and the site apply the same rules', () => {
  const studioAccepts = (check: (value: string) => true | string) => (value: string) => check(value) === true
  const siteAccepts = (schema: {safeParse: (value: unknown) => {success: boolean}}) => (value: string) =>
    schema.safeParse(value).success

  it.each([
    [
      'phone numbers',
      studioAccepts(dialablePhone),
      siteAccepts(phoneSchema),
      ['988', '(217) 555-0142', '+1 217 555 0142', '12', '1-2', '+1 (217) 555-0142 9999 99', 'call us'],
    ],
    [
      'review dates',
      studioAccepts(notInFuture),
      siteAccepts(reviewDateSchema),
      ['2020-01-01', todayIso(), todayIso(new Date(Date.now() + 86_400_000))],
    ],
    [
      'slugs',
      (slug: string) => slugProblem(slug) === undefined,
      siteAccepts(slugSchema),
      ['anxiety', 'anxiety-disorders', 'Anxiety', 'a--b', '-a', 'dbt2'],
    ],
  ])('%s', (_what, studio, site, values) => {
    for (const value of values) expect(site(value), value).toBe(studio(value))
  })

  it('the site refuses a phone number with too few digits to dial, as the Studio does (it accepted any three characters)', () => {
    expect(phoneSchema.safeParse('1-2').success).toBe(false)
    expect(dialablePhone('1-2')).toMatch(/between 3 and 15 digits/)
  })
})
