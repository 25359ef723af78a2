import {StarIcon} from '@sanity/icons/Star'
import {defineField, defineType} from 'sanity'

/** A short titled point: a benefit of a program or a reason to reach out. */
export const highlightType = defineType({
  name: 'highlight',
  title: 'Highlight',
  type: 'object',
  icon: StarIcon,
  fields: [
    defineField({name: 'title', title: 'Title', type: 'string', validation: (rule) => rule.required().max(70)}),
    defineField({name: 'text', title: 'Text', type: 'text', rows: 3, validation: (rule) => rule.required().max(400)}),
  ],
  preview: {select: {title: 'title', subtitle: 'text'}},
})
