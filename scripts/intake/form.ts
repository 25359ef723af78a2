// The inquiry form as the site posts it (URL-encoded, no JavaScript), checked field by field. The
// rules match what the browser already enforces from the same contract (site/lib/pages/inquiryForm.ts), so
// a person using the form as offered never meets a refusal the page did not warn about.
import {z} from 'zod'
import {
  CONTACT_TIMES,
  INQUIRY_FIELDS,
  inquiryLanguage,
  PHONE_MIN_DIGITS,
  PHONE_PATTERN,
  type ContactTime,
} from '../../site/lib/pages/inquiryForm.ts'
import type {Language} from '../../schemas/lib/languages.ts'

export interface Inquiry {
  name: string
  phone?: string
  email?: string
  preferredTime: ContactTime
  message?: string
  /** The language of the page the form was sent from: the one the person may like to be called back in. */
  language: Language
}

/** Every result says in which language to answer: the form's, or the default when it named none the site has. */
export type FormResult = {language: Language} & (
  | {kind: 'inquiry'; inquiry: Inquiry}
  /** The hidden field was filled in: a bot, to be thanked and ignored. */
  | {kind: 'honeypot'}
  /** Which fields were wrong (names only: the values are never repeated anywhere). */
  | {kind: 'invalid'; fields: string[]}
)

// Line breaks and tabs are allowed in the message only; no other control characters anywhere.
const CONTROL_CHARACTER = /\p{Cc}/u
const PHONE = new RegExp(`^(?:${PHONE_PATTERN})$`, 'u')

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)

const line = (maxLength: number) =>
  z
    .string()
    .trim()
    .max(maxLength)
    .refine((text) => !CONTROL_CHARACTER.test(text))

const formSchema = z
  .object({
    [INQUIRY_FIELDS.name.name]: line(INQUIRY_FIELDS.name.maxLength).min(1),
    [INQUIRY_FIELDS.phone.name]: z.preprocess(
      blankToUndefined,
      line(INQUIRY_FIELDS.phone.maxLength)
        .regex(PHONE)
        .refine((phone) => phone.replace(/\D/g, '').length >= PHONE_MIN_DIGITS)
        .optional(),
    ),
    [INQUIRY_FIELDS.email.name]: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .max(INQUIRY_FIELDS.email.maxLength)
        .pipe(z.email({pattern: z.regexes.html5Email}))
        .optional(),
    ),
    [INQUIRY_FIELDS.preferredTime.name]: z
      .enum(CONTACT_TIMES.map((time) => time.value) as [ContactTime, ...ContactTime[]])
      .default('any'),
    [INQUIRY_FIELDS.message.name]: z.preprocess(
      blankToUndefined,
      z
        .string()
        // Browsers send line breaks as CRLF but count them as one character against maxlength.
        .transform((text) => text.replace(/\r\n?/g, '\n').trim())
        .pipe(z.string().max(INQUIRY_FIELDS.message.maxLength))
        .refine((text) => !CONTROL_CHARACTER.test(text.replace(/[\n\t]/g, ' ')))
        .optional(),
    ),
    [INQUIRY_FIELDS.consent.name]: z.literal(INQUIRY_FIELDS.consent.value),
  })
  .refine((form) => form.phone !== undefined || form.email !== undefined, {
    path: ['contact'],
    message: 'a phone number or an e-mail address is needed',
  })

/** Checks a posted form. Only the first value of a repeated field counts. */
export function parseInquiryForm(body: URLSearchParams): FormResult {
  const language = inquiryLanguage(body.get(INQUIRY_FIELDS.language.name))
  const honeypot = body.get(INQUIRY_FIELDS.honeypot.name)
  if (honeypot !== null && honeypot.trim() !== '') return {kind: 'honeypot', language}

  const fields = Object.fromEntries(
    Object.values(INQUIRY_FIELDS)
      .map((field) => [field.name, body.get(field.name)] as const)
      .filter(([, value]) => value !== null),
  )
  const parsed = formSchema.safeParse(fields)
  if (!parsed.success) {
    return {kind: 'invalid', fields: [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? 'form')))], language}
  }
  const {name, phone, email, preferredTime, message} = parsed.data
  return {
    kind: 'inquiry',
    language,
    inquiry: {
      name,
      preferredTime,
      language,
      ...(phone !== undefined ? {phone} : {}),
      ...(email !== undefined ? {email} : {}),
      ...(message !== undefined ? {message} : {}),
    },
  }
}
