// The contract between the inquiry form and the intake receiver (scripts/intake): field names,
// length limits, the contact-time choices and the pages the receiver sends a visitor to. The form
// renders from it and the receiver checks against it, so the two cannot drift apart. Imports only
// the table of languages and uses only erasable TypeScript, so the receiver can load it under Node's
// type stripping.
import {DEFAULT_LANGUAGE, isLanguage, type Language} from '../../../schemas/lib/languages.ts'

/** The names the form posts, and the most characters each may hold. */
export const INQUIRY_FIELDS = {
  name: {name: 'name', maxLength: 100},
  phone: {name: 'phone', maxLength: 40},
  email: {name: 'email', maxLength: 200},
  preferredTime: {name: 'preferredTime'},
  message: {name: 'message', maxLength: 500},
  consent: {name: 'consent', value: 'yes'},
  /** Hidden: the language of the page the form was sent from, so the answer comes in it too. */
  language: {name: 'language'},
  /** Hidden from people; a bot that fills it in is thanked and ignored. */
  honeypot: {name: 'company_website'},
} as const

/**
 * What a phone number may look like, as an HTML `pattern` (anchored by the browser, which checks it
 * before sending, without JavaScript): digits, spaces, ( ) . - and a leading +. Written so it means the
 * same under the `u` and the `v` flag browsers use.
 */
export const PHONE_PATTERN = '\\+?[0-9 \\(\\)\\.\\-]{7,40}'
/** Fewest digits in a phone number (a local number without its area code has seven). */
export const PHONE_MIN_DIGITS = 7

/**
 * When the visitor would like a call, as the form offers it: the value posted and its label in each
 * language (the clinic's e-mail uses the English one), first the default.
 */
export const CONTACT_TIMES = [
  {value: 'any', label: {en: 'Any time', es: 'A cualquier hora'}},
  {value: 'morning', label: {en: 'Morning', es: 'Por la mañana'}},
  {value: 'afternoon', label: {en: 'Afternoon', es: 'Por la tarde'}},
  {value: 'evening', label: {en: 'Evening', es: 'Por la noche'}},
] as const satisfies ReadonlyArray<{value: string; label: Record<Language, string>}>

export type ContactTime = (typeof CONTACT_TIMES)[number]['value']

export type InquiryResult = 'sent' | 'notSent'

/**
 * Where the receiver sends the browser after a post, in the language of the page the form was on:
 * built by the site, on the site's own origin.
 */
export const INQUIRY_RESULT_PATHS: Record<Language, Record<InquiryResult, string>> = {
  en: {sent: '/get-help/thank-you/', notSent: '/get-help/not-sent/'},
  es: {sent: '/es/ayuda/gracias/', notSent: '/es/ayuda/no-enviado/'},
}

/** The language a form was posted in: only a language the site has; anything else means the default. */
export function inquiryLanguage(value: unknown): Language {
  return isLanguage(value) ? value : DEFAULT_LANGUAGE
}

/** Whether a path is one of those pages, which mean something only right after a post (no sitemap, no index). */
export function isInquiryResultPath(pathname: string): boolean {
  return Object.values(INQUIRY_RESULT_PATHS).some((paths) => Object.values(paths).includes(pathname))
}

/** The receiver's path on its host, as the production nginx example and local development mount it. */
export const INQUIRY_RECEIVER_PATH = '/inquiries'
