import {defineQuery} from 'groq'
import {z} from 'zod'
import {pageBaseFields, reviewFields, richTextFields} from '../projections'
import {medicalReview, richText, seo, slug} from '../schemas'
import {PAGED, PUBLISHED, defineContentCollection} from './define'

export const pageSchema = z.object({
  _id: z.string(),
  _type: z.literal('page'),
  _updatedAt: z.string(),
  title: z.string().min(1),
  slug,
  summary: z.string().min(1),
  body: richText.default([]),
  medicalReview: medicalReview.optional(),
  seo,
})
export type Page = z.infer<typeof pageSchema>

const filter = /* groq */ `_type == "page" && ${PUBLISHED}`
const projection = /* groq */ `{
    ${pageBaseFields},
    "body": body${richTextFields},
    "medicalReview": medicalReview${reviewFields}
  }`
export const pagesQuery = defineQuery(`*[${filter}] | order(title asc, _id asc) ${PAGED} ${projection}`)

export const pages = defineContentCollection({
  name: 'pages',
  slugged: true,
  filter,
  projection,
  query: pagesQuery,
  schema: pageSchema,
})
