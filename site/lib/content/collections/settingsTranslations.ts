// The site settings' words in the languages besides the default: one document per language
// (`siteSettings-es`) holding only the fields written per language (schemas/lib/languages.ts
// TRANSLATED_SETTINGS_FIELDS). Every fact (phone, address, hours, crisis numbers) stays in the
// default language's settings; site/lib/content/settings.ts puts the two together.
import {defineQuery} from 'groq'
import {z} from 'zod'
import type {SettingsTranslationsQueryResult} from '../generated/sanity.types'
import {languageField, linkFields, seoFields} from '../projections'
import {highlightSchema, languageSchema, linkSchema, seoSchema} from '../shapes'
import {PAGED, PUBLISHED, defineContentCollection} from './define'

export const settingsTranslationSchema = z.object({
  _id: z.string(),
  language: languageSchema,
  tagline: z.string().optional(),
  insuranceStatement: z.string().optional(),
  insuranceDetails: z.string().optional(),
  navigation: z.array(z.object({label: z.string().min(1), link: linkSchema})).optional(),
  inquiry: z
    .object({
      responseTime: z.string().optional(),
      consentText: z.string().optional(),
      nextSteps: z.array(highlightSchema).optional(),
    })
    .optional(),
  defaultSeo: seoSchema,
})
export type SettingsTranslation = z.infer<typeof settingsTranslationSchema>

const filter = /* groq */ `_type == "siteSettings" && _id != "siteSettings" && coalesce(language, "en") != "en" && ${PUBLISHED}`
const projection = /* groq */ `{
    _id, ${languageField}, tagline, insuranceStatement, insuranceDetails,
    "navigation": navigation[]{label, "link": link${linkFields}},
    "inquiry": inquiry{responseTime, consentText, nextSteps},
    "defaultSeo": defaultSeo${seoFields}
  }`
export const settingsTranslationsQuery = defineQuery(`*[${filter}] | order(_id asc) ${PAGED} ${projection}`)

export const settingsTranslations = defineContentCollection<SettingsTranslationsQueryResult>()({
  name: 'settingsTranslations',
  slugged: false,
  small: true,
  filter,
  projection,
  query: settingsTranslationsQuery,
  schema: settingsTranslationSchema,
})
