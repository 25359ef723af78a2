// The contract between the inquiry form and the intake receiver (scripts/intake): field names,
// length limits, the contact-time choices and the pages the receiver sends a visitor to. The form
// renders from it and the receiver checks against it, so the two cannot drift apart. Imports
// nothing and uses only erasable TypeScript, so the receiver can load it under Node's type stripping.

/** The names the form posts, and the most characters each may hold. */
export const INQUIRY_FIELDS = {
  name: {name: 'name', maxLength: 100},
  phone: {name: 'phone', maxLength: 40},
  email: {name: 'email', maxLength: 200},
  preferredTime: {name: 'preferredTime'},
  message: {name: 'message', maxLength: 500},
  consent: {name: 'consent', value: 'yes'},
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

/** When the visitor would like a call, as the form offers it (value, label), first the default. */
export const CONTACT_TIMES = [
  {value: 'any', label: 'Any time'},
  {value: 'morning', label: 'Morning'},
  {value: 'afternoon', label: 'Afternoon'},
  {value: 'evening', label: 'Evening'},
] as const

export type ContactTime = (typeof CONTACT_TIMES)[number]['value']

/** Where the receiver sends the browser after a post: built by the site, on the site's own origin. */
export const INQUIRY_RESULT_PATHS = {
  sent: '/get-help/thank-you/',
  notSent: '/get-help/not-sent/',
} as const

/** Whether a path is one of those pages, which mean something only right after a post (no sitemap, no index). */
export function isInquiryResultPath(pathname: string): boolean {
  return Object.values(INQUIRY_RESULT_PATHS).some((path) => path === pathname)
}

/** The receiver's path on its host, as the production nginx example and local development mount it. */
export const INQUIRY_RECEIVER_PATH = '/inquiries'
