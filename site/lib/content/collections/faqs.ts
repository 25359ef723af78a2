import {defineQuery} from 'groq'
import type {FaqsQueryResult} from '../generated/sanity.types'
import {faqFields} from '../projections'
import {faqSchema} from '../shapes'
import {PAGED, PUBLISHED, defineContentCollection} from './define'

const filter = /* groq */ `_type == "faq" && ${PUBLISHED}`
export const faqsQuery = defineQuery(`*[${filter}] | order(order asc, question asc, _id asc) ${PAGED} ${faqFields}`)

export const faqs = defineContentCollection<FaqsQueryResult>()({
  name: 'faqs',
  slugged: false,
  small: true,
  filter,
  projection: faqFields,
  query: faqsQuery,
  schema: faqSchema,
})
