// Rules the Studio and the site both enforce, each written once: the Studio's validation (schemas/)
// and the site's zod checks of what the Content Lake returns (site/lib/content/shapes.ts) import
// them. Content written by scripts or imports skips the Studio, so the site checks again. Plain
// functions with no Sanity imports, so the site can use them without bundling the Studio. Each
// returns the problem as a sentence an editor understands, or undefined when the value is fine.

/** Lowercase letters and digits in words joined by single dashes: "anxiety-disorders". */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function slugProblem(slug: string): string | undefined {
  return SLUG_PATTERN.test(slug)
    ? undefined
    : 'Use lowercase letters, numbers and single dashes only, for example "anxiety-disorders".'
}

/** Phone numbers are stored as an editor types them; they must hold enough digits to dial. */
export function phoneProblem(phone: string): string | undefined {
  if (!/^\+?[\d\s().-]+$/.test(phone)) return 'Use only digits, spaces, brackets, dots, dashes and a leading +.'
  const digits = phone.replace(/\D/g, '').length
  return digits >= 3 && digits <= 15 ? undefined : 'A phone number has between 3 and 15 digits.'
}

/** URL schemes an editor may link to. `http:` is refused so visitors never leave over plain text. */
export const ALLOWED_URL_SCHEMES = ['https', 'mailto', 'tel'] as const

export const SAFE_URL_MESSAGE = 'Use a link that starts with https://, mailto: or tel:.'

/** Whether a link uses one of the allowed schemes (and an https link names a host). */
export function isSafeUrl(value: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.trim())?.[1]?.toLowerCase()
  if (!scheme) return false
  if (scheme === 'https') return /^https:\/\/[^\s/]+/i.test(value.trim())
  return (ALLOWED_URL_SCHEMES as readonly string[]).includes(scheme)
}

/** Addresses visitors' browsers fetch or post to (a verification page, the form): https only. */
export const HTTPS_ONLY = ['https'] as const

export const HTTPS_MESSAGE = 'Use an address that starts with https://.'

/** 24-hour time, HH:MM. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/

/** ISO date (YYYY-MM-DD) of today, in UTC, to compare against date fields. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}

/** A review date in the future would tell readers a page was checked when it was not. */
export function reviewDateProblem(date: string, today = todayIso()): string | undefined {
  return date <= today ? undefined : 'The review date cannot be in the future. Use the date the review happened.'
}

/** An accreditation is shown until the end of its "valid until" day, and never after. */
export function hasExpired(validUntil: string | undefined, today = todayIso()): boolean {
  return validUntil !== undefined && validUntil < today
}
