import {describe, expect, it} from 'vitest'
import {parseInquiryForm} from '../../scripts/intake/form.ts'

const valid = {
  name: '  Ana  ',
  phone: '(312) 555-0100',
  email: '',
  preferredTime: 'morning',
  message: 'First line\r\nSecond line',
  company_website: '',
  consent: 'yes',
}
const parse = (fields: Record<string, string>) => parseInquiryForm(new URLSearchParams(fields))
const invalidFields = (fields: Record<string, string>) => {
  const result = parse(fields)
  return result.kind === 'invalid' ? result.fields : []
}

describe('the inquiry form as the receiver reads it', () => {
  it('takes what the site form sends, trimmed, with line breaks as the person typed them', () => {
    expect(parse(valid)).toEqual({
      kind: 'inquiry',
      language: 'en',
      inquiry: {
        name: 'Ana',
        phone: '(312) 555-0100',
        preferredTime: 'morning',
        message: 'First line\nSecond line',
        language: 'en',
      },
    })
    const {phone: _phone, ...emailOnly} = valid
    expect(parse({...emailOnly, email: 'ana@example.org', message: ''})).toEqual({
      kind: 'inquiry',
      language: 'en',
      inquiry: {name: 'Ana', email: 'ana@example.org', preferredTime: 'morning', language: 'en'},
    })
  })

  it('treats a filled-in hidden field as a bot, whatever else the post holds', () => {
    expect(parse({...valid, company_website: 'https://spam.example'})).toEqual({kind: 'honeypot', language: 'en'})
    expect(parse({company_website: 'x', language: 'es'})).toEqual({kind: 'honeypot', language: 'es'})
  })

  it('names the fields that are wrong, never their values', () => {
    expect(invalidFields({...valid, name: '   '})).toEqual(['name'])
    expect(invalidFields({...valid, phone: '', email: ''})).toEqual(['contact'])
    expect(invalidFields({...valid, phone: 'call me maybe'})).toEqual(['phone'])
    expect(invalidFields({...valid, phone: '555-01'})).toEqual(['phone'])
    expect(invalidFields({...valid, email: 'ana@'})).toEqual(['email'])
    expect(invalidFields({...valid, preferredTime: 'midnight'})).toEqual(['preferredTime'])
    expect(invalidFields({...valid, consent: ''})).toEqual(['consent'])
    expect(invalidFields({...valid, name: 'Ana\u0000'})).toEqual(['name'])
    expect(invalidFields({...valid, name: 'Ana\nBcc: x@example.com'})).toEqual(['name'])
    expect(invalidFields({...valid, name: 'A'.repeat(101)})).toEqual(['name'])
  })

  it('counts a line break as one character, as the browser does against maxlength', () => {
    const lines = Array.from({length: 100}, () => 'abcd').join('\r\n')
    // 400 letters and 99 breaks: 499 as the person typed it, 598 bytes as sent.
    expect(parse({...valid, message: lines}).kind).toBe('inquiry')
    expect(invalidFields({...valid, message: `${lines}xx`})).toEqual(['message'])
  })

  it('answers in the language of the page the form was on, and in the default for any other value', () => {
    const spanish = parse({...valid, language: 'es'})
    expect(spanish).toMatchObject({kind: 'inquiry', language: 'es', inquiry: {language: 'es'}})
    expect(parse({...valid, language: 'es', consent: ''})).toMatchObject({kind: 'invalid', language: 'es'})
    for (const other of ['fr', 'ES', ' es', '', '__proto__'])
      expect(parse({...valid, language: other}).language, other).toBe('en')
    // A language is never a reason to refuse an inquiry.
    expect(parse({...valid, language: 'xx'}).kind).toBe('inquiry')
  })

  it('accepts what a browser accepts for an e-mail address and a phone number', () => {
    expect(parse({...valid, email: 'first.last+iop@mail.example'}).kind).toBe('inquiry')
    expect(parse({...valid, phone: '+1 312.555.0100'}).kind).toBe('inquiry')
  })
})
