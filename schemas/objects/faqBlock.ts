import {HelpCircleIcon} from '@sanity/icons/HelpCircle'
import {defineField, defineType} from 'sanity'
import {sameLanguageReferenceMember} from '../lib/languageField'

/** A group of FAQ documents placed inside rich text. */
export const faqBlockType = defineType({
  name: 'faqBlock',
  title: 'FAQ list',
  type: 'object',
  icon: HelpCircleIcon,
  fields: [
    defineField({name: 'title', title: 'Heading', type: 'string', initialValue: 'Common questions'}),
    defineField({
      name: 'faqs',
      title: 'Questions',
      type: 'array',
      of: [sameLanguageReferenceMember(['faq'], 'FAQ list')],
      validation: (rule) => rule.required().min(1).unique().error('Add at least one question, each only once.'),
    }),
  ],
  preview: {
    select: {title: 'title', first: 'faqs.0.question'},
    prepare: ({title, first}) => ({title: title || 'FAQ list', subtitle: first}),
  },
})
