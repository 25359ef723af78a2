import {faqFields} from '../projections'
import {faq} from '../schemas'
import {defineContentCollection, ofType} from './define'

export const faqs = defineContentCollection({
  name: 'faqs',
  slugged: false,
  small: true,
  filter: ofType('faq'),
  order: 'order asc, question asc, _id asc',
  projection: faqFields,
  schema: faq,
})
