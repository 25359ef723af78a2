// Fields shared by the education collections (programs, conditions, therapies).
import {z} from 'zod'
import {faqFields, pageBaseFields, reviewFields, richTextFields} from '../projections'
import {faqSchema, medicalReviewSchema, richTextSchema, seoSchema, slugSchema, languageSchema} from '../shapes'

export const educationProjection = /* groq */ `${pageBaseFields}, order,
  "body": body${richTextFields},
  "faqs": faqs[]->${faqFields},
  "medicalReview": medicalReview${reviewFields}`

/** The fields of the education collections' schemas that they share. */
export const educationShape = {
  _id: z.string(),
  _type: z.string(),
  _updatedAt: z.string(),
  language: languageSchema,
  title: z.string().min(1),
  slug: slugSchema,
  summary: z.string().min(1),
  order: z.number().optional(),
  body: richTextSchema.default([]),
  faqs: z.array(faqSchema).default([]),
  medicalReview: medicalReviewSchema,
  seo: seoSchema,
}

/** A document of any education collection, as pages see it. */
export type EducationDocument = z.output<z.ZodObject<typeof educationShape>>
