import {BulbOutlineIcon} from '@sanity/icons/BulbOutline'
import {defineField, defineType} from 'sanity'

/** A skill area taught in a therapy, such as DBT's distress tolerance. */
export const skillType = defineType({
  name: 'skill',
  title: 'Skill area',
  type: 'object',
  icon: BulbOutlineIcon,
  fields: [
    defineField({name: 'name', title: 'Name', type: 'string', validation: (rule) => rule.required()}),
    defineField({
      name: 'summary',
      title: 'What it means',
      type: 'text',
      rows: 3,
      description: 'One or two plain sentences a newcomer understands.',
      validation: (rule) => rule.required().max(400),
    }),
  ],
  preview: {select: {title: 'name', subtitle: 'summary'}},
})
