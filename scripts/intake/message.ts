// The e-mail the clinic receives for one inquiry: what the person entered, the time they would like
// a call, and when they sent it. The subject says only what kind of message it is, because subjects
// show up in notifications, lock screens and mail logs that the body never reaches.
import type {SendMailOptions} from 'nodemailer'
import {DEFAULT_LANGUAGE} from '../../schemas/lib/languages.ts'
import {CONTACT_TIMES} from '../../site/lib/pages/inquiryForm.ts'
import type {SpoolRecord} from './spool.ts'

export interface MessageOptions {
  from: string
  to: string
  /** The time zone in which "Sent" is written (the clinic's). */
  timeZone: string
}

export const SUBJECT = 'Call-back request from the website'

/** Short enough to read out on the phone, unique enough to keep two requests apart in one inbox. */
export const reference = (id: string) => id.slice(-6)

const languageNames = new Intl.DisplayNames('en', {type: 'language'})

/** "Spanish" for `es`; "English" for records spooled before the form sent its language. */
function languageName(language: string | undefined): string {
  return languageNames.of(language ?? DEFAULT_LANGUAGE) ?? String(language)
}

function senderDomain(from: string): string {
  return /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'localhost'
}

export function composeMessage(record: SpoolRecord, {from, to, timeZone}: MessageOptions): SendMailOptions {
  const {inquiry} = record
  const receivedAt = new Date(record.receivedAt)
  // Intl puts a narrow no-break space before AM/PM; a plain one keeps the line plain ASCII.
  const when = new Intl.DateTimeFormat('en-US', {dateStyle: 'full', timeStyle: 'long', timeZone})
    .format(receivedAt)
    .replace(/\u202f/g, ' ')
  const time = CONTACT_TIMES.find((option) => option.value === inquiry.preferredTime)?.label.en ?? inquiry.preferredTime
  const text = [
    'A new call-back request came in through the website form.',
    '',
    `Name: ${inquiry.name}`,
    `Phone: ${inquiry.phone ?? '(not given)'}`,
    `Email: ${inquiry.email ?? '(not given)'}`,
    `Best time to reach them: ${time}`,
    `Language of the form: ${languageName(inquiry.language)}`,
    `Sent: ${when}`,
    '',
    'Their message:',
    inquiry.message ?? '(none)',
    '',
    'They agreed to be contacted by phone or email about this request.',
    `Reference: ${reference(record.id)}`,
    '',
  ].join('\n')
  return {
    from,
    to,
    subject: `${SUBJECT} (ref ${reference(record.id)})`,
    text,
    date: receivedAt,
    // The same id on every attempt, so a mailbox that got a message twice (the mail server accepted it
    // just before a crash) can tell it is one request.
    messageId: `<${record.id}@${senderDomain(from)}>`,
    ...(inquiry.email ? {replyTo: {name: inquiry.name, address: inquiry.email}} : {}),
  }
}
