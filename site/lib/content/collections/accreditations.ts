import {defineQuery} from 'groq'
import {z} from 'zod'
import {hasExpired} from '../../../../schemas/lib/rules'
import type {AccreditationsQueryResult} from '../generated/sanity.types'
import {imageFields} from '../projections'
import {httpsUrlSchema, imageSchema, isoDateSchema} from '../shapes'
import {PAGED, PUBLISHED, defineContentCollection} from './define'

export const accreditationSchema = z.object({
  _id: z.string(),
  name: z.string().min(1),
  issuer: z.string().min(1),
  kind: z.enum(['accreditation', 'certification', 'license', 'membership']),
  badge: imageSchema,
  verificationUrl: httpsUrlSchema,
  validFrom: isoDateSchema,
  validUntil: isoDateSchema.optional(),
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

export const accreditations = defineContentCollection<AccreditationsQueryResult>()({
  name: 'accreditations',
  slugged: false,
  small: true,
  filter,
  projection,
  query: accreditationsQuery,
  schema: accreditationSchema,
  // Re-checked on every build, so a badge disappears the day after its "valid until" date.
  hiddenBecause: ({validUntil}) => (hasExpired(validUntil) ? `expired on ${validUntil}` : undefined),
})
