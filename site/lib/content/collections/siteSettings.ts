import {defineQuery} from 'groq'
import {z} from 'zod'
import type {SiteSettingsQueryResult} from '../generated/sanity.types'
import {CRISIS_DEFAULTS} from '../../../../schemas/lib/crisisLine'
import {linkFields, seoFields} from '../projections'
import {highlightSchema, httpsUrlSchema, linkSchema, phoneSchema, safeUrlSchema, seoSchema, timeSchema} from '../shapes'
import {PAGED, PUBLISHED, defineContentCollection} from './define'

/** Crisis line fields fall back to the national numbers, so the line never disappears. */
const crisis = z
  .object({
    heading: z.string().min(1).default(CRISIS_DEFAULTS.heading),
    callNumber: phoneSchema.default(CRISIS_DEFAULTS.callNumber),
    textNumber: phoneSchema.default(CRISIS_DEFAULTS.textNumber),
    chatUrl: safeUrlSchema.default(CRISIS_DEFAULTS.chatUrl),
    emergencyNumber: phoneSchema.default(CRISIS_DEFAULTS.emergencyNumber),
  })
  .default({...CRISIS_DEFAULTS})

export const siteSettingsSchema = z.object({
  _id: z.literal('siteSettings'),
  clinicName: z.string().min(1),
  tagline: z.string().optional(),
  /** Example content: every page says so and asks not to be indexed (off unless set). */
  sampleContent: z.boolean().default(false),
  phone: phoneSchema,
  email: z.email(),
  address: z.object({
    streetAddress: z.string(),
    addressLocality: z.string(),
    addressRegion: z.string(),
    postalCode: z.string(),
    addressCountry: z.string().length(2),
  }),
  hours: z.array(z.object({days: z.array(z.string()).min(1), opens: timeSchema, closes: timeSchema})).min(1),
  inquiry: z.object({
    endpoint: httpsUrlSchema.optional(),
    responseTime: z.string(),
    consentText: z.string(),
    nextSteps: z.array(highlightSchema).default([]),
  }),
  crisis,
  insuranceStatement: z.string().min(1),
  insurancePlans: z.array(z.string()).default([]),
  insuranceDetails: z.string().optional(),
  navigation: z.array(z.object({label: z.string().min(1), link: linkSchema})).default([]),
  defaultSeo: seoSchema,
  /** "Language help is free", in each language the clinic serves, each written in that language. */
  languageAssistance: z.array(z.object({language: z.string().min(2), text: z.string().min(1)})).default([]),
})
export type SiteSettings = z.infer<typeof siteSettingsSchema>

/** A singleton: one document, whose id is its type's name. */
const filter = /* groq */ `_type == "siteSettings" && _id == "siteSettings" && ${PUBLISHED}`
const projection = /* groq */ `{
    _id, clinicName, tagline, sampleContent, phone, email, address, hours, inquiry, crisis,
    insuranceStatement, insurancePlans, insuranceDetails,
    "navigation": navigation[]{label, "link": link${linkFields}},
    "defaultSeo": defaultSeo${seoFields},
    "languageAssistance": languageAssistance[]{language, text}
  }`
export const siteSettingsQuery = defineQuery(`*[${filter}] | order(_id asc) ${PAGED} ${projection}`)

export const siteSettings = defineContentCollection<SiteSettingsQueryResult>()({
  name: 'siteSettings',
  slugged: false,
  small: true,
  filter,
  projection,
  query: siteSettingsQuery,
  schema: siteSettingsSchema,
})
