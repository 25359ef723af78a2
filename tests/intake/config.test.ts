import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {DEFAULT_PORT, parseIntakeConfig} from '../../scripts/intake/config.ts'
import {ConfigError} from '../../site/lib/config/envSchema.ts'

const KEY = Buffer.alloc(32, 7).toString('base64')
const production = {
  INTAKE_SITE_URL: 'https://www.example.com/',
  INTAKE_SMTP_HOST: 'smtp.mailbox.example',
  INTAKE_SMTP_USER: 'website@example.com',
  INTAKE_SMTP_PASSWORD: 'secret',
  INTAKE_MAIL_FROM: 'Website <website@example.com>',
  INTAKE_MAIL_TO: 'intake@example.com',
  INTAKE_SPOOL_KEY: KEY,
}

const messageOf = (env: Record<string, string>) => {
  try {
    parseIntakeConfig(env, '/srv/site')
    return ''
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as Error).message
  }
}

describe('intake receiver configuration', () => {
  it('has documented defaults, and listens on 127.0.0.1 unless told otherwise', () => {
    const config = parseIntakeConfig(production, '/srv/site')
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: DEFAULT_PORT,
      siteOrigin: 'https://www.example.com',
      allowedOrigins: ['https://www.example.com'],
      trustProxy: false,
      delivery: {kind: 'smtp', host: 'smtp.mailbox.example', port: 587, implicitTls: false, requireTls: true},
      spoolDir: path.resolve('/srv/site/.data/intake/spool'),
      spoolKey: {kind: 'value', key: Buffer.alloc(32, 7)},
      rateLimitPerHour: 5,
      retry: {firstMs: 30_000, maxMs: 1_800_000},
    })
    expect(parseIntakeConfig({...production, INTAKE_HOST: '0.0.0.0'}).host).toBe('0.0.0.0')
  })

  it('requires TLS for every mail server except one on this machine; port 465 means TLS from the start', () => {
    const delivery = (env: Record<string, string>) => parseIntakeConfig({...production, ...env}).delivery
    expect(delivery({INTAKE_SMTP_HOST: 'localhost'})).toMatchObject({requireTls: false})
    expect(delivery({INTAKE_SMTP_HOST: '127.0.0.1'})).toMatchObject({requireTls: false})
    expect(delivery({INTAKE_SMTP_HOST: '10.0.0.5'})).toMatchObject({requireTls: true})
    expect(delivery({INTAKE_SMTP_HOST: 'localhost.example.com'})).toMatchObject({requireTls: true})
    expect(delivery({INTAKE_SMTP_PORT: '465'})).toMatchObject({port: 465, implicitTls: true, requireTls: true})
  })

  it('takes the site address from SITE_URL when INTAKE_SITE_URL is not set, and more origins from a list', () => {
    const {INTAKE_SITE_URL: _site, ...rest} = production
    expect(parseIntakeConfig({...rest, SITE_URL: 'https://clinic.example.org'}).siteOrigin).toBe('https://clinic.example.org')
    expect(
      parseIntakeConfig({...production, INTAKE_ALLOWED_ORIGINS: 'https://example.com, http://localhost:4321/'}).allowedOrigins,
    ).toEqual(['https://www.example.com', 'https://example.com', 'http://localhost:4321'])
  })

  it('in local development, writes to a mailbox folder and keeps a generated key in the data folder', () => {
    const config = parseIntakeConfig({INTAKE_SITE_URL: 'http://localhost:4321', INTAKE_MAILBOX_DIR: 'mail'}, '/work/site')
    expect(config.delivery).toEqual({kind: 'mailbox', dir: path.resolve('/work/site/mail')})
    expect(config.spoolKey).toEqual({kind: 'file', file: path.resolve('/work/site/.data/intake/spool.key')})
    expect(config.from).toMatch(/local development/)
  })

  it('names the variable that is missing or wrong, in one sentence', () => {
    const without = (name: keyof typeof production) =>
      Object.fromEntries(Object.entries(production).filter(([key]) => key !== name))
    const cases: Array<[Record<string, string>, RegExp]> = [
      [without('INTAKE_SITE_URL'), /^INTAKE_SITE_URL is not set: /],
      [without('INTAKE_SMTP_HOST'), /^INTAKE_SMTP_HOST is not set: .*INTAKE_MAILBOX_DIR/],
      [without('INTAKE_SPOOL_KEY'), /^INTAKE_SPOOL_KEY is not set: /],
      [without('INTAKE_MAIL_TO'), /^INTAKE_MAIL_TO is not set: /],
      [without('INTAKE_MAIL_FROM'), /^INTAKE_MAIL_FROM is not set: /],
      [without('INTAKE_SMTP_PASSWORD'), /^INTAKE_SMTP_PASSWORD is not set: /],
      [{...production, INTAKE_SPOOL_KEY: 'c2hvcnQ='}, /^INTAKE_SPOOL_KEY must be 32 random bytes in base64/],
      [{...production, INTAKE_SITE_URL: 'www.example.com'}, /^INTAKE_SITE_URL must be an absolute http\(s\) URL/],
      [{...production, INTAKE_ALLOWED_ORIGINS: 'https://ok.example, nope'}, /^INTAKE_ALLOWED_ORIGINS must be an absolute/],
      [{...production, INTAKE_MAIL_TO: 'intake at example.com'}, /^INTAKE_MAIL_TO must be one or more e-mail addresses/],
      [{...production, INTAKE_MAIL_FROM: 'a@example.com, b@example.com'}, /^INTAKE_MAIL_FROM must be one e-mail address/],
      [{...production, INTAKE_SMTP_HOST: 'smtp://mail.example.com'}, /^INTAKE_SMTP_HOST must be a host name/],
      [{...production, INTAKE_PORT: 'eighty'}, /^INTAKE_PORT must be a whole number\.$/],
      [{...production, INTAKE_TRUST_PROXY: 'yes'}, /^INTAKE_TRUST_PROXY must be 1 \(on\) or 0 \(off\)\.$/],
      [{...production, INTAKE_TIME_ZONE: 'Mars/Olympus'}, /^INTAKE_TIME_ZONE must be an IANA time zone/],
      [{...production, INTAKE_RETRY_FIRST_MS: '5000', INTAKE_RETRY_MAX_MS: '1000'}, /^INTAKE_RETRY_MAX_MS must be at least/],
    ]
    for (const [env, expected] of cases) {
      const message = messageOf(env)
      expect(message).toMatch(expected)
      // One sentence: no full stop before the last one.
      expect(message.slice(0, -1), message).not.toMatch(/\.\s/)
    }
  })
})
