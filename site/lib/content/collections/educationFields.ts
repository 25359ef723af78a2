// Fields shared by the education collections (programs, conditions, therapies).
import {z} from 'zod'
import {faqFields, pageBaseFields, reviewFields, richTextFields} from '../projections'
import {faq, medicalReview, richText, seo, slug} from '../schemas'

export const educationProjection = /* groq */ `${pageBaseFields}, order,
  "body": body${richTextFields},
  "faqs": faqs[]->${faqFields},
  "medicalReview": medicalReview${reviewFields}`

export const educationShape = {
  _id: z.string(),
  _type: z.string(),
  _updatedAt: z.string(),
  title: z.string().min(1),
  slug,
  summary: z.string().min(1),
  order: z.number().optional(),
  body: richText.default([]),
  faqs: z.array(faq).default([]),
  medicalReview,
  seo,
}
