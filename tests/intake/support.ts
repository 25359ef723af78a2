// Shared pieces of the intake tests: a real SMTP server (with a certificate made for the run), the
// form as a browser posts it, a receiver configuration on loopback, and the personal details whose
// absence from logs and disk the tests check.
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {simpleParser, type ParsedMail} from 'mailparser'
import {generate} from 'selfsigned'
import {SMTPServer} from 'smtp-server'
import {expect} from 'vitest'
import {generateKey} from '../../scripts/intake/crypto.ts'
import type {Logger} from '../../scripts/webhook/log.ts'

export {sleep, waitFor} from '../webhook/support.ts'
export {freePort} from '../../scripts/serve/freePort.ts'

/** The site's origin in tests, as a browser would send it in Origin. */
export const SITE_ORIGIN = 'http://localhost:4321'
/**
 * A loopback address that is not one of the names the receiver treats as this machine (localhost,
 * 127.0.0.1, ::1), so a mail server here stands in for the provider's, which TLS must protect.
 */
export const REMOTE_MAIL_HOST = '127.0.0.2'

/** What a person might enter, unusual enough that finding it anywhere cannot be a coincidence. */
export function person(tag: string) {
  return {
    name: `Quillon Marbury-${tag}`,
    phone: '(312) 555-0177',
    email: `q.marbury.${tag}@example.org`,
    message: `Ask for Quillon ${tag}; the weekday evenings are best for a call.`,
  }
}
export type Person = ReturnType<typeof person>

/** The fields exactly as the site's form sends them. */
export function formFields(who: Person, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    name: who.name,
    phone: who.phone,
    email: who.email,
    preferredTime: 'evening',
    message: who.message,
    company_website: '',
    consent: 'yes',
    language: 'en',
    ...overrides,
  }
}

export function postForm(
  receiverUrl: string,
  fields: Record<string, string> | string,
  headers: Record<string, string> = {origin: SITE_ORIGIN},
): Promise<Response> {
  const body = typeof fields === 'string' ? fields : new URLSearchParams(fields).toString()
  return fetch(`${receiverUrl}/inquiries`, {
    method: 'POST',
    headers: {'content-type': 'application/x-www-form-urlencoded', ...headers},
    body,
    redirect: 'manual',
  })
}

/** Fails if any of a person's details appears in `text` (as written, or in lower case). */
export function expectNothingOf(who: Person, text: string, where: string) {
  const haystack = text.toLowerCase()
  for (const [field, value] of Object.entries(who)) {
    expect(haystack.includes(value.toLowerCase()), `${where} contains the ${field} a person entered`).toBe(false)
  }
  // The name's distinctive part alone, and the phone's digits, would give a person away too.
  expect(haystack, where).not.toContain('marbury')
  expect(haystack.replace(/\D/g, ''), where).not.toContain('3125550177')
}

export interface CapturedLog extends Logger {
  text(): string
}

export function captureLog(): CapturedLog {
  const lines: string[] = []
  const entry = (level: string) => (message: string) => void lines.push(`${level} ${message}`)
  return {info: entry('info'), warn: entry('warn'), error: entry('error'), text: () => lines.join('\n')}
}

export interface TestCertificate {
  key: string
  cert: string
  /** The certificate as a PEM file, for INTAKE_SMTP_CA_FILE. */
  caFile: string
}

/** A certificate for this run only, for the loopback names; its key never leaves the temp folder. */
export async function makeCertificate(): Promise<TestCertificate> {
  const pems = await generate([{name: 'commonName', value: 'mail.test'}], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      {name: 'basicConstraints', cA: true},
      {name: 'keyUsage', digitalSignature: true, keyCertSign: true},
      {name: 'extKeyUsage', serverAuth: true},
      {
        name: 'subjectAltName',
        altNames: [
          {type: 2, value: 'localhost'},
          {type: 7, ip: '127.0.0.1'},
          {type: 7, ip: REMOTE_MAIL_HOST},
        ],
      },
    ],
  })
  const caFile = path.join(mkdtempSync(path.join(tmpdir(), 'intake-cert-')), 'ca.pem')
  writeFileSync(caFile, pems.cert)
  return {key: pems.private, cert: pems.cert, caFile}
}

export interface ReceivedMail {
  parsed: ParsedMail
  raw: string
  /** Whether the session was encrypted when the message came in. */
  secure: boolean
  recipients: string[]
}

export interface TestMailServer {
  host: string
  port: number
  received: ReceivedMail[]
  /** While true, messages are taken in but never answered, so never accepted. */
  hold: boolean
  /** Messages the server was handed while holding. */
  held(): number
  close(): Promise<void>
}

export interface TestMailServerOptions {
  host: string
  /** 0 for any free port. */
  port?: number
  /** Offer STARTTLS with this certificate; without it the server speaks plain text only. */
  certificate?: TestCertificate
  /** Never answer a message: the mail server has it but has not accepted it. */
  hold?: boolean
}

/** A real SMTP server (smtp-server) that keeps what it accepts. */
export async function startMailServer({
  host,
  port = 0,
  certificate,
  hold = false,
}: TestMailServerOptions): Promise<TestMailServer> {
  const received: ReceivedMail[] = []
  let holding = 0
  const control = {hold}
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    ...(certificate ? {key: certificate.key, cert: certificate.cert} : {disabledCommands: ['STARTTLS']}),
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        if (control.hold) {
          holding += 1
          return
        }
        const raw = Buffer.concat(chunks)
        simpleParser(raw).then(
          (parsed) => {
            received.push({
              parsed,
              raw: raw.toString('utf8'),
              secure: session.secure,
              recipients: session.envelope.rcptTo.map((to) => to.address),
            })
            callback()
          },
          (error: Error) => callback(error),
        )
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  const address = server.server.address()
  if (!address || typeof address === 'string') throw new Error('the mail server has no port')
  return {
    host,
    port: address.port,
    received,
    get hold() {
      return control.hold
    },
    set hold(value: boolean) {
      control.hold = value
    },
    held: () => holding,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/**
 * The receiver's environment for tests: loopback, a random port, a fresh data folder and key, quick
 * retries. The same variables an operator sets, so tests go through the real configuration.
 */
export function testEnv(mail: {host: string; port: number; caFile?: string}, extra: Record<string, string> = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'intake-test-'))
  return {
    INTAKE_HOST: '127.0.0.1',
    INTAKE_PORT: '0',
    INTAKE_SITE_URL: SITE_ORIGIN,
    INTAKE_SMTP_HOST: mail.host,
    INTAKE_SMTP_PORT: String(mail.port),
    ...(mail.caFile ? {INTAKE_SMTP_CA_FILE: mail.caFile} : {}),
    INTAKE_MAIL_FROM: 'Website <website@clinic.example.com>',
    INTAKE_MAIL_TO: 'Intake team <intake@clinic.example.com>',
    INTAKE_DATA_DIR: dataDir,
    INTAKE_SPOOL_KEY: generateKey().toString('base64'),
    INTAKE_RETRY_FIRST_MS: '100',
    INTAKE_RETRY_MAX_MS: '400',
    INTAKE_TIME_ZONE: 'America/Chicago',
    ...extra,
  }
}

/** Every file below a folder, read as text (to look for what must not be there). */
export function readTree(dir: string): {file: string; text: string}[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name)
      return {file, text: readFileSync(file).toString('latin1')}
    })
}
