// Hands one inquiry's message to the clinic's mailbox: over SMTP with nodemailer (TLS required,
// certificates checked, unless the server is on this machine), or, for local development, as a
// message file in a folder. `deliver` resolves only once the message is accepted: by the mail server,
// or on disk.
import {readFileSync} from 'node:fs'
import {mkdir} from 'node:fs/promises'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type {MailboxDelivery, SmtpDelivery} from './config.ts'
import {writeFileDurably} from '../durableFile.ts'
import {composeMessage, type MessageOptions} from './message.ts'
import type {SpoolRecord} from './spool.ts'

export interface Mailer {
  /** Where messages go, for the start-up line (never a password). */
  description: string
  prepare(): Promise<void>
  deliver(record: SpoolRecord): Promise<void>
  close(): void
}

/**
 * Why a delivery failed, as codes only (ECONNREFUSED, ETLS, EAUTH, the server's reply code): a mail
 * server's reply text can quote addresses, and the log never holds those.
 */
export function failureSummary(error: unknown): string {
  const failure = (error ?? {}) as {code?: unknown; originalCode?: unknown; responseCode?: unknown; command?: unknown}
  // nodemailer wraps a socket's error (ECONNREFUSED, ETIMEDOUT) as ESOCKET and keeps the original.
  const original = typeof failure.originalCode === 'string' && failure.originalCode !== failure.code ? failure.originalCode : ''
  const parts = [
    typeof failure.code === 'string' ? `code=${[failure.code, original].filter(Boolean).join('/')}` : undefined,
    typeof failure.responseCode === 'number' ? `reply=${failure.responseCode}` : undefined,
    typeof failure.command === 'string' ? `during=${failure.command.split(' ')[0]}` : undefined,
  ].filter(Boolean)
  return parts.length > 0 ? parts.join(' ') : 'unknown error'
}

export function createSmtpMailer(delivery: SmtpDelivery, messageOptions: MessageOptions): Mailer {
  const transport = nodemailer.createTransport({
    host: delivery.host,
    port: delivery.port,
    secure: delivery.implicitTls,
    // STARTTLS even if the server does not offer it, and fail rather than go on in the clear.
    requireTLS: delivery.requireTls,
    // On this machine the connection never leaves it: use TLS if offered, go on without it if not.
    opportunisticTLS: !delivery.requireTls,
    ...(delivery.auth ? {auth: delivery.auth} : {}),
    tls: {
      minVersion: 'TLSv1.2',
      rejectUnauthorized: delivery.requireTls,
      ...(delivery.caFile ? {ca: readFileSync(delivery.caFile, 'utf8')} : {}),
    },
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
    // nodemailer's own log would print addresses and the message.
    logger: false,
    debug: false,
    disableFileAccess: true,
    disableUrlAccess: true,
  })
  const tlsNote = delivery.implicitTls ? 'TLS' : delivery.requireTls ? 'STARTTLS required' : 'TLS optional on this machine'
  return {
    description: `SMTP ${delivery.host}:${delivery.port} (${tlsNote})`,
    prepare: async () => {},
    async deliver(record) {
      await transport.sendMail(composeMessage(record, messageOptions))
    },
    close: () => transport.close(),
  }
}

/** The file a record becomes in the local mailbox: named by time, the same on every attempt. */
export function mailboxFileName(record: SpoolRecord): string {
  const stamp = record.receivedAt.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')
  return `inquiry-${stamp}-${record.id.slice(-8)}.eml`
}

export function createMailboxMailer(delivery: MailboxDelivery, messageOptions: MessageOptions): Mailer {
  const transport = nodemailer.createTransport({streamTransport: true, buffer: true, newline: 'unix'})
  return {
    description: `local development delivery: one message file per inquiry in ${delivery.dir}, no e-mail is sent`,
    async prepare() {
      await mkdir(delivery.dir, {recursive: true, mode: 0o700})
    },
    async deliver(record) {
      const {message} = await transport.sendMail(composeMessage(record, messageOptions))
      // `buffer: true` above makes it a Buffer; a stream would mean the option was lost.
      if (!Buffer.isBuffer(message)) throw new Error('the message was not composed into a buffer')
      // Written under the same name on every attempt: a retry replaces, never duplicates.
      await writeFileDurably(path.join(delivery.dir, mailboxFileName(record)), message)
    },
    close: () => transport.close(),
  }
}
