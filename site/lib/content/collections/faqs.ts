import {defineQuery} from 'groq'
import {faqFields} from '../projections'
import {faq} from '../schemas'
import {PAGED, PUBLISHED, defineContentCollection} from './define'

const filter = /* groq */ `_type == "faq" && ${PUBLISHED}`
export const faqsQuery = defineQuery(`*[${filter}] | order(order asc, question asc, _id asc) ${PAGED} ${faqFields}`)

export const faqs = defineContentCollection({
  name: 'faqs',
  slugged: false,
  small: true,
  filter,
  projection: faqFields,
  query: faqsQuery,
  schema: faq,
})
