import {defineQuery} from 'groq'
import {z} from 'zod'
import {ctaFields, faqFields, imageFields, richTextFields, seoFields} from '../projections'
import {ctaValue, faq, image, richText, seo} from '../schemas'
import {PAGED, PUBLISHED, defineContentCollection} from './define'
import {teaser, teaserFields} from './teasers'

export const homeSchema = z.object({
  _id: z.literal('homePage'),
  _updatedAt: z.string(),
  heading: z.string().min(1),
  intro: z.string().min(1),
  ctas: z.array(ctaValue).default([]),
  image: image.optional(),
  highlights: z.array(z.object({title: z.string(), text: z.string()})).default([]),
  featuredProgram: teaser.optional(),
  featuredConditions: z.array(teaser).default([]),
  featuredTherapies: z.array(teaser).default([]),
  body: richText.default([]),
  faqs: z.array(faq).default([]),
  seo,
})
export type Home = z.infer<typeof homeSchema>

/** A singleton: one document, whose id is its type's name. */
const filter = /* groq */ `_type == "homePage" && _id == "homePage" && ${PUBLISHED}`
const projection = /* groq */ `{
    _id, _updatedAt, heading, intro, highlights,
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

export const home = defineContentCollection({
  name: 'home',
  slugged: false,
  small: true,
  filter,
  projection,
  query: homeQuery,
  schema: homeSchema,
})
