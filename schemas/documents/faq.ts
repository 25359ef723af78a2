import {HelpCircleIcon} from '@sanity/icons/HelpCircle'
import {defineField, defineType} from 'sanity'
import {contentChecks} from '../lib/contentCheckRule'
import {displayOrderings} from '../lib/pageFields'
import {languageField} from '../lib/languageField'

export const FAQ_TOPICS = [
  {title: 'The program', value: 'program'},
  {title: 'Cost & insurance', value: 'insurance'},
  {title: 'Getting started', value: 'getting-started'},
  {title: 'Privacy', value: 'privacy'},
  {title: 'Family', value: 'family'},
]

/** A question visitors ask, with a short answer. Used on pages and in FAQ lists. */
export const faqType = defineType({
  name: 'faq',
  title: 'FAQ',
  type: 'document',
  icon: HelpCircleIcon,
  fields: [
    languageField(),
    defineField({
      name: 'question',
      title: 'Question',
      type: 'string',
      description: 'Write it the way a visitor would ask it.',
      validation: (rule) => rule.required().max(140),
    }),
    defineField({
      name: 'answer',
      title: 'Answer',
      type: 'simpleText',
      description: 'Answer plainly in a few sentences. Do not promise outcomes.',
      validation: (rule) => rule.required().error('Write an answer.'),
    }),
    defineField({
      name: 'topic',
      title: 'Topic',
      type: 'string',
      options: {list: FAQ_TOPICS},
      validation: (rule) => rule.required(),
    }),
    defineField({name: 'order', title: 'Order', type: 'number', initialValue: 10, validation: (rule) => rule.integer().min(0)}),
  ],
  orderings: displayOrderings,
  // Plain-language and safe-wording warnings, on the fields they concern.
  validation: contentChecks,
  preview: {select: {title: 'question', subtitle: 'topic'}},
})
