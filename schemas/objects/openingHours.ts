import {ClockIcon} from '@sanity/icons/Clock'
import {defineField, defineType} from 'sanity'
import {TIME_PATTERN} from '../lib/rules'

export const WEEKDAYS = [
  {title: 'Monday', value: 'Monday'},
  {title: 'Tuesday', value: 'Tuesday'},
  {title: 'Wednesday', value: 'Wednesday'},
  {title: 'Thursday', value: 'Thursday'},
  {title: 'Friday', value: 'Friday'},
  {title: 'Saturday', value: 'Saturday'},
  {title: 'Sunday', value: 'Sunday'},
]

/** One row of opening hours: the days it applies to and the times, in 24-hour HH:MM. */
export const openingHoursType = defineType({
  name: 'openingHours',
  title: 'Opening hours',
  type: 'object',
  icon: ClockIcon,
  fields: [
    defineField({
      name: 'days',
      title: 'Days',
      type: 'array',
      of: [{type: 'string'}],
      options: {list: WEEKDAYS, layout: 'grid'},
      validation: (rule) => rule.required().min(1).error('Choose at least one day.'),
    }),
    defineField({
      name: 'opens',
      title: 'Opens',
      type: 'string',
      description: '24-hour time, for example 08:00.',
      validation: (rule) => rule.required().regex(TIME_PATTERN, {name: 'time'}).error('Use 24-hour time like 08:00.'),
    }),
    defineField({
      name: 'closes',
      title: 'Closes',
      type: 'string',
      description: '24-hour time, for example 18:30.',
      validation: (rule) => [
        rule.required().regex(TIME_PATTERN, {name: 'time'}).error('Use 24-hour time like 18:30.'),
        rule.custom((closes: string | undefined, context) => {
          const opens = (context.parent as {opens?: string} | undefined)?.opens
          return !opens || !closes || closes > opens ? true : 'Closing time must be after opening time.'
        }),
      ],
    }),
  ],
  preview: {
    select: {days: 'days', opens: 'opens', closes: 'closes'},
    prepare: ({days, opens, closes}) => ({
      title: Array.isArray(days) ? days.join(', ') : 'No days',
      subtitle: `${opens ?? '?'}–${closes ?? '?'}`,
    }),
  },
})
