import {CalendarIcon} from '@sanity/icons/Calendar'
import {defineField, defineType} from 'sanity'

/** One part of a typical program week, such as "Group therapy, three mornings a week". */
export const scheduleItemType = defineType({
  name: 'scheduleItem',
  title: 'Part of the week',
  type: 'object',
  icon: CalendarIcon,
  fields: [
    defineField({
      name: 'activity',
      title: 'Activity',
      type: 'string',
      description: 'For example "Group therapy".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'frequency',
      title: 'How often',
      type: 'string',
      description: 'For example "3 mornings a week, 3 hours each".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'description',
      title: 'What happens',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().max(400),
    }),
  ],
  preview: {select: {title: 'activity', subtitle: 'frequency'}},
})
