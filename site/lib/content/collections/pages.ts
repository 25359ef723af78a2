import {defineQuery} from 'groq'
import {z} from 'zod'
import type {PagesQueryResult} from '../generated/sanity.types'
import {pageBaseFields, reviewFields, richTextFields} from '../projections'
import {medicalReviewSchema, richTextSchema, seoSchema, slugSchema, languageSchema} from '../shapes'
import {PAGED, PUBLISHED, defineContentCollection} from './define'

export const pageSchema = z.object({
  _id: z.string(),
  _type: z.literal('page'),
  _updatedAt: z.string(),
  language: languageSchema,
  title: z.string().min(1),
  slug: slugSchema,
  summary: z.string().min(1),
  body: richTextSchema.default([]),
  medicalReview: medicalReviewSchema.optional(),
  seo: seoSchema,
})
export type Page = z.infer<typeof pageSchema>

const filter = /* groq */ `_type == "page" && ${PUBLISHED}`
const projection = /* groq */ `{
    ${pageBaseFields},
    "body": body${richTextFields},
    "medicalReview": medicalReview${reviewFields}
  }`
export const pagesQuery = defineQuery(`*[${filter}] | order(title asc, _id asc) ${PAGED} ${projection}`)

export const pages = defineContentCollection<PagesQueryResult>()({
  name: 'pages',
  slugged: true,
  filter,
  projection,
  query: pagesQuery,
  schema: pageSchema,
})
