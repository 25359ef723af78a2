import {z} from 'zod'
import {pageBaseFields, reviewFields, richTextFields} from '../projections'
import {medicalReview, richText, seo, slug} from '../schemas'
import {defineContentCollection, ofType} from './define'

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

export const pages = defineContentCollection({
  name: 'pages',
  slugged: true,
  filter: ofType('page'),
  order: 'title asc, _id asc',
  projection: /* groq */ `{
    ${pageBaseFields},
    "body": body${richTextFields},
    "medicalReview": medicalReview${reviewFields}
  }`,
  schema: pageSchema,
})
