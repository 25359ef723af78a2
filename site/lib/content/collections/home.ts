import {defineQuery} from 'groq'
import {z} from 'zod'
import type {HomeQueryResult} from '../generated/sanity.types'
import {ctaFields, faqFields, imageFields, languageField, richTextFields, seoFields} from '../projections'
import {ctaSchema, faqSchema, languageSchema, highlightSchema, imageSchema, richTextSchema, seoSchema} from '../shapes'
import {PAGED, PUBLISHED, defineContentCollection} from './define'
import {teaserFields, teaserSchema} from './teasers'

export const homeSchema = z.object({
  _id: z.string(),
  _updatedAt: z.string(),
  language: languageSchema,
  heading: z.string().min(1),
  intro: z.string().min(1),
  ctas: z.array(ctaSchema).default([]),
  image: imageSchema.optional(),
  highlights: z.array(highlightSchema).default([]),
  featuredProgram: teaserSchema.optional(),
  featuredConditions: z.array(teaserSchema).default([]),
  featuredTherapies: z.array(teaserSchema).default([]),
  body: richTextSchema.default([]),
  faqs: z.array(faqSchema).default([]),
  seo: seoSchema,
})
export type Home = z.infer<typeof homeSchema>

/** A singleton per language: `homePage`, `homePage-es` (schemas/lib/languages.ts singletonId). */
const filter = /* groq */ `_type == "homePage" && ${PUBLISHED}`
const projection = /* groq */ `{
    _id, _updatedAt, ${languageField}, heading, intro, highlights,
    "ctas": ctas[]${ctaFields},
    "image": image${imageFields},
    "featuredProgram": featuredProgram->${teaserFields},
    "featuredConditions": featuredConditions[]->${teaserFields},
    "featuredTherapies": featuredTherapies[]->${teaserFields},
    "body": body${richTextFields},
    "faqs": faqs[]->${faqFields},
    "seo": seo${seoFields}
  }`
export const homeQuery = defineQuery(`*[${filter}] | order(_id asc) ${PAGED} ${projection}`)

export const home = defineContentCollection<HomeQueryResult>()({
  name: 'home',
  slugged: false,
  small: true,
  filter,
  projection,
  query: homeQuery,
  schema: homeSchema,
})
