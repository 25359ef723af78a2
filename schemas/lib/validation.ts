// Validation rules shared by every schema type that needs them, so each rule lives in one place.
import type {SlugIsUniqueValidator, ValidationContext} from 'sanity'

/** URL schemes an editor may link to. `http:` is refused so visitors never leave over plain text. */
export const ALLOWED_URL_SCHEMES = ['https', 'mailto', 'tel'] as const

/** Pass to `Rule.uri(...)` on every external URL field. */
export const safeUriOptions = {scheme: [...ALLOWED_URL_SCHEMES]}

export const SAFE_URL_MESSAGE = 'Use a link that starts with https://, mailto: or tel:.'

/** Same check as `safeUriOptions`, for places that validate a string themselves (the site's loader). */
export function isSafeUrl(value: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.trim())?.[1]?.toLowerCase()
  if (!scheme) return false
  if (scheme === 'https') return /^https:\/\/[^\s/]+/i.test(value.trim())
  return (ALLOWED_URL_SCHEMES as readonly string[]).includes(scheme)
}

export const SEO_TITLE_MAX = 60
export const SEO_DESCRIPTION_MIN = 70
export const SEO_DESCRIPTION_MAX = 160

/** ISO date (YYYY-MM-DD) of today, in UTC, to compare against date fields. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}

/** A review date in the future would tell readers a page was checked when it was not. */
export function notInFuture(value: string | undefined): true | string {
  if (!value) return true
  return value <= todayIso() ? true : 'The review date cannot be in the future. Use the date the review happened.'
}

/** Drafts and published versions share a slug; other documents of the same type must not. */
export const isUniqueSlugPerType: SlugIsUniqueValidator = async (slug, context) => {
  const {document, getClient} = context
  if (!document) return true
  const publishedId = document._id.replace(/^drafts\./, '')
  const client = getClient({apiVersion: '2025-02-19'})
  const taken = await client.fetch<boolean>(
    'defined(*[_type == $type && slug.current == $slug && !(_id in [$draftId, $publishedId])][0]._id)',
    {type: document._type, slug, draftId: `drafts.${publishedId}`, publishedId},
  )
  return !taken
}

/** Phone numbers are stored as an editor types them; they must contain enough digits to dial. */
export function dialablePhone(value: string | undefined): true | string {
  if (!value) return true
  const digits = value.replace(/\D/g, '')
  if (!/^\+?[\d\s().-]+$/.test(value)) return 'Use only digits, spaces, brackets, dots, dashes and a leading +.'
  return digits.length >= 3 && digits.length <= 15 ? true : 'A phone number has between 3 and 15 digits.'
}

/** The document this value sits in, for rules that compare two fields. */
export function parentDocument<T>(context: ValidationContext): Partial<T> {
  return (context.document ?? {}) as Partial<T>
}
