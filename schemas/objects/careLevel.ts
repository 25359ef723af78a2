import {TiersIcon} from '@sanity/icons/Tiers'
import {defineField, defineType} from 'sanity'

/** One row of a levels-of-care comparison (outpatient, IOP, partial hospitalization, residential). */
export const careLevelType = defineType({
  name: 'careLevel',
  title: 'Level of care',
  type: 'object',
  icon: TiersIcon,
  fields: [
    defineField({name: 'name', title: 'Level of care', type: 'string', validation: (rule) => rule.required()}),
    defineField({
      name: 'timePerWeek',
      title: 'Time in treatment',
      type: 'string',
      description: 'For example "9 to 12 hours a week".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'setting',
      title: 'Where you live',
      type: 'string',
      description: 'For example "At home".',
      validation: (rule) => rule.required(),
    }),
    defineField({name: 'suitedFor', title: 'Often suits', type: 'text', rows: 2, validation: (rule) => rule.required().max(300)}),
    defineField({
      name: 'isThisProgram',
      title: 'This is the program on this page',
      type: 'boolean',
      description: 'Highlights the row so visitors see where this program sits.',
      initialValue: false,
    }),
  ],
  preview: {select: {title: 'name', subtitle: 'timePerWeek'}},
})
