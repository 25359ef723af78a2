// Configuration of the intake receiver, read from the environment once and validated, so a wrong
// value stops the service with one sentence that names the variable.
import path from 'node:path'
import addressparser from 'nodemailer/lib/addressparser'
import {z} from 'zod'
import {ConfigError, optional, parseEnv, wholeNumber} from '../../site/lib/config/envSchema.ts'
import {isLocalHost} from '../../site/lib/config/localHost.ts'
import {KEY_BYTES} from './crypto.ts'

export const DEFAULT_PORT = 8788
export const DEFAULT_DATA_DIR = '.data/intake'
/** Local development only: where a spool key is made on first start when INTAKE_SPOOL_KEY is not set. */
export const LOCAL_KEY_FILE_NAME = 'spool.key'

const httpOrigin = (variable: string, example: string) =>
  z
    .url({protocol: /^https?$/, error: `${variable} must be an absolute http(s) URL such as ${example}.`})
    .transform((value) => new URL(value).origin)

/** One address ("Name <a@b>" or "a@b") or, when `many`, a comma-separated list of them. */
const mailAddresses = (variable: string, many: boolean) =>
  z.string().refine(
    (value) => {
      const parsed = addressparser(value, {flatten: true})
      const valid = parsed.length > 0 && parsed.every((entry) => z.email().safeParse(entry.address).success)
      return valid && (many || parsed.length === 1)
    },
    {
      error: `${variable} must be ${many ? 'one or more e-mail addresses, separated by commas' : 'one e-mail address'}, such as "Website <website@example.com>".`,
    },
  )

const flag = (variable: string) =>
  optional(z.enum(['0', '1'], {error: `${variable} must be 1 (on) or 0 (off).`}).transform((value) => value === '1'))

const envSchema = z.object({
  INTAKE_HOST: optional(z.string()),
  INTAKE_PORT: wholeNumber('INTAKE_PORT', 0, 65535),
  INTAKE_SITE_URL: optional(httpOrigin('INTAKE_SITE_URL', 'https://www.example.com')),
  SITE_URL: optional(httpOrigin('SITE_URL', 'https://www.example.com')),
  INTAKE_ALLOWED_ORIGINS: optional(
    z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean),
      )
      .pipe(z.array(httpOrigin('INTAKE_ALLOWED_ORIGINS', 'https://example.com,http://localhost:4321 (a comma-separated list)'))),
  ),
  INTAKE_TRUST_PROXY: flag('INTAKE_TRUST_PROXY'),
  INTAKE_SMTP_HOST: optional(
    z.string().regex(/^[^\s/@]+$/, 'INTAKE_SMTP_HOST must be a host name or an IP address, such as smtp.example.com.'),
  ),
  INTAKE_SMTP_PORT: wholeNumber('INTAKE_SMTP_PORT', 1, 65535),
  INTAKE_SMTP_USER: optional(z.string()),
  INTAKE_SMTP_PASSWORD: optional(z.string()),
  INTAKE_SMTP_CA_FILE: optional(z.string()),
  INTAKE_MAIL_FROM: optional(mailAddresses('INTAKE_MAIL_FROM', false)),
  INTAKE_MAIL_TO: optional(mailAddresses('INTAKE_MAIL_TO', true)),
  INTAKE_MAILBOX_DIR: optional(z.string()),
  INTAKE_DATA_DIR: optional(z.string()),
  INTAKE_SPOOL_DIR: optional(z.string()),
  INTAKE_SPOOL_KEY: optional(
    z
      .string()
      .trim()
      .refine((value) => /^[A-Za-z0-9+/]+={0,2}$/.test(value) && Buffer.from(value, 'base64').length === KEY_BYTES, {
        error: `INTAKE_SPOOL_KEY must be ${KEY_BYTES} random bytes in base64, such as the output of "openssl rand -base64 ${KEY_BYTES}".`,
      })
      .transform((value) => Buffer.from(value, 'base64')),
  ),
  INTAKE_RATE_LIMIT: wholeNumber('INTAKE_RATE_LIMIT', 1, 1000),
  INTAKE_RETRY_FIRST_MS: wholeNumber('INTAKE_RETRY_FIRST_MS', 10),
  INTAKE_RETRY_MAX_MS: wholeNumber('INTAKE_RETRY_MAX_MS', 10),
  INTAKE_TIME_ZONE: optional(
    z.string().refine(
      (zone) => {
        try {
          new Intl.DateTimeFormat('en-US', {timeZone: zone})
          return true
        } catch {
          return false
        }
      },
      {error: 'INTAKE_TIME_ZONE must be an IANA time zone such as America/Chicago.'},
    ),
  ),
})

/** Mail to the clinic's mailbox through its provider's SMTP server. */
export interface SmtpDelivery {
  kind: 'smtp'
  host: string
  port: number
  /** TLS from the first byte (port 465); otherwise STARTTLS. */
  implicitTls: boolean
  /** Off only for a server on this machine, where the connection never leaves it. */
  requireTls: boolean
  auth?: {user: string; pass: string}
  /** A PEM file of a certificate authority to trust besides the system's (a relay with a private CA). */
  caFile?: string
}

/** Local development: one message file per inquiry in a folder, nothing sent anywhere. */
export interface MailboxDelivery {
  kind: 'mailbox'
  dir: string
}

export interface IntakeConfig {
  host: string
  port: number
  /** The site's own origin: where the thank-you and error pages are, and the first allowed origin. */
  siteOrigin: string
  /** Origins whose pages may post the form (the site's, then INTAKE_ALLOWED_ORIGINS). */
  allowedOrigins: string[]
  /** Take the visitor's address from X-Real-IP, which the reverse proxy in front sets. */
  trustProxy: boolean
  delivery: SmtpDelivery | MailboxDelivery
  from: string
  to: string
  spoolDir: string
  /** The spool's encryption key, or (local development only) the file that holds it. */
  spoolKey: {kind: 'value'; key: Buffer} | {kind: 'file'; file: string}
  /** Posts one address may make in an hour. */
  rateLimitPerHour: number
  retry: {firstMs: number; maxMs: number}
  /** The time zone in which a message says when the inquiry was sent. */
  timeZone: string
}

// Quoted, or mail software reads the parentheses as a comment and drops them.
const LOCAL_FROM = '"Website (local development)" <website@localhost>'
const LOCAL_TO = '"Intake team (local development)" <intake@localhost>'

function smtpDelivery(vars: z.infer<typeof envSchema>, host: string): SmtpDelivery {
  const port = vars.INTAKE_SMTP_PORT ?? 587
  if ((vars.INTAKE_SMTP_USER === undefined) !== (vars.INTAKE_SMTP_PASSWORD === undefined)) {
    const missing = vars.INTAKE_SMTP_USER === undefined ? 'INTAKE_SMTP_USER' : 'INTAKE_SMTP_PASSWORD'
    throw new ConfigError(`${missing} is not set: the mail server login needs both INTAKE_SMTP_USER and INTAKE_SMTP_PASSWORD.`)
  }
  return {
    kind: 'smtp',
    host,
    port,
    implicitTls: port === 465,
    requireTls: !isLocalHost(host),
    ...(vars.INTAKE_SMTP_USER !== undefined && vars.INTAKE_SMTP_PASSWORD !== undefined
      ? {auth: {user: vars.INTAKE_SMTP_USER, pass: vars.INTAKE_SMTP_PASSWORD}}
      : {}),
    ...(vars.INTAKE_SMTP_CA_FILE ? {caFile: vars.INTAKE_SMTP_CA_FILE} : {}),
  }
}

/** Parses the environment into the receiver's configuration; throws a ConfigError naming the variable. */
export function parseIntakeConfig(env: Record<string, string | undefined>, cwd = process.cwd()): IntakeConfig {
  const vars = parseEnv(envSchema, env)

  const siteOrigin = vars.INTAKE_SITE_URL ?? vars.SITE_URL
  if (!siteOrigin) {
    throw new ConfigError(
      'INTAKE_SITE_URL is not set: give the address of the site whose form posts here, such as https://www.example.com, so the receiver knows which pages may post and where its thank-you page is.',
    )
  }

  const smtpHost = vars.INTAKE_SMTP_HOST
  let delivery: IntakeConfig['delivery']
  if (smtpHost) delivery = smtpDelivery(vars, smtpHost)
  else if (vars.INTAKE_MAILBOX_DIR) delivery = {kind: 'mailbox', dir: path.resolve(cwd, vars.INTAKE_MAILBOX_DIR)}
  else {
    throw new ConfigError(
      "INTAKE_SMTP_HOST is not set: give the clinic mailbox provider's SMTP server, or set INTAKE_MAILBOX_DIR to write messages to a folder for local development.",
    )
  }

  const local = delivery.kind === 'mailbox'
  const from = vars.INTAKE_MAIL_FROM ?? (local ? LOCAL_FROM : undefined)
  const to = vars.INTAKE_MAIL_TO ?? (local ? LOCAL_TO : undefined)
  if (!from)
    throw new ConfigError('INTAKE_MAIL_FROM is not set: give the sender address the mailbox provider lets this service use.')
  if (!to) throw new ConfigError("INTAKE_MAIL_TO is not set: give the clinic mailbox's address that receives inquiries.")

  const dataDir = path.resolve(cwd, vars.INTAKE_DATA_DIR ?? DEFAULT_DATA_DIR)
  let spoolKey: IntakeConfig['spoolKey']
  if (vars.INTAKE_SPOOL_KEY) spoolKey = {kind: 'value', key: vars.INTAKE_SPOOL_KEY}
  else if (local) spoolKey = {kind: 'file', file: path.join(dataDir, LOCAL_KEY_FILE_NAME)}
  else {
    throw new ConfigError(
      `INTAKE_SPOOL_KEY is not set: give the key that encrypts inquiries waiting on disk, ${KEY_BYTES} random bytes in base64 (openssl rand -base64 ${KEY_BYTES}).`,
    )
  }

  const retryFirstMs = vars.INTAKE_RETRY_FIRST_MS ?? 30_000
  const retryMaxMs = vars.INTAKE_RETRY_MAX_MS ?? 30 * 60_000
  if (retryMaxMs < retryFirstMs) throw new ConfigError('INTAKE_RETRY_MAX_MS must be at least INTAKE_RETRY_FIRST_MS.')

  return {
    host: vars.INTAKE_HOST ?? '127.0.0.1',
    port: vars.INTAKE_PORT ?? DEFAULT_PORT,
    siteOrigin,
    allowedOrigins: [...new Set([siteOrigin, ...(vars.INTAKE_ALLOWED_ORIGINS ?? [])])],
    trustProxy: vars.INTAKE_TRUST_PROXY ?? false,
    delivery,
    from,
    to,
    spoolDir: path.resolve(cwd, vars.INTAKE_SPOOL_DIR ?? path.join(dataDir, 'spool')),
    spoolKey,
    rateLimitPerHour: vars.INTAKE_RATE_LIMIT ?? 5,
    retry: {firstMs: retryFirstMs, maxMs: retryMaxMs},
    timeZone: vars.INTAKE_TIME_ZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  }
}
