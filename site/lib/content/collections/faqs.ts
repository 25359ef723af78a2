import {faqFields} from '../projections'
import {faq} from '../schemas'
import {byType, defineContentCollection} from './define'

export const faqs = defineContentCollection({
  name: 'faqs',
  slugged: false,
  query: /* groq */ `${byType('faq', 'order asc, question asc, _id asc')}${faqFields}`,
  schema: faq,
})
