import {defineQuery} from 'groq'
import {z} from 'zod'
import {imageFields} from '../projections'
import {image, isoDate} from '../schemas'
import {PAGED, PUBLISHED, defineContentCollection} from './define'

export const accreditationSchema = z.object({
  _id: z.string(),
  name: z.string().min(1),
  issuer: z.string().min(1),
  kind: z.enum(['accreditation', 'certification', 'license', 'membership']),
  badge: image,
  verificationUrl: z.url({protocol: /^https$/, error: 'must be an https:// address'}),
  validFrom: isoDate,
  validUntil: isoDate.optional(),
  description: z.string().optional(),
  order: z.number().optional(),
})
export type Accreditation = z.infer<typeof accreditationSchema>

const filter = /* groq */ `_type == "accreditation" && ${PUBLISHED}`
const projection = /* groq */ `{
    _id, name, issuer, kind, verificationUrl, validFrom, validUntil, description, order,
    "badge": badge${imageFields}
  }`
export const accreditationsQuery = defineQuery(`*[${filter}] | order(order asc, name asc, _id asc) ${PAGED} ${projection}`)

export const accreditations = defineContentCollection({
  name: 'accreditations',
  slugged: false,
  small: true,
  filter,
  projection,
  query: accreditationsQuery,
  schema: accreditationSchema,
  hiddenBecause: (accreditation) => (isExpired(accreditation) ? `expired on ${accreditation.validUntil}` : undefined),
})

/** An accreditation is shown until the end of its "valid until" day. */
export function isExpired(
  accreditation: Pick<Accreditation, 'validUntil'>,
  today = new Date().toISOString().slice(0, 10),
): boolean {
  return accreditation.validUntil !== undefined && accreditation.validUntil < today
}
