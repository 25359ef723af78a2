import {CheckmarkCircleIcon} from '@sanity/icons/CheckmarkCircle'
import {defineField, defineType} from 'sanity'
import {notInFuture} from '../lib/validation'

/** Who checked an education page for clinical accuracy, and when. */
export const medicalReview = defineType({
  name: 'medicalReview',
  title: 'Medical review',
  type: 'object',
  icon: CheckmarkCircleIcon,
  fields: [
    defineField({
      name: 'reviewer',
      title: 'Reviewed by',
      type: 'reference',
      to: [{type: 'person'}],
      options: {filter: 'isMedicalReviewer == true'},
      description: 'Only people marked as medical reviewers can be chosen.',
      validation: (rule) => rule.required().error('Choose the clinician who reviewed this page.'),
    }),
    defineField({
      name: 'lastReviewed',
      title: 'Last reviewed on',
      type: 'date',
      description: 'The date the reviewer last checked this page. Update it after every clinical review.',
      validation: (rule) => [rule.required().error('Enter the date of the last review.'), rule.custom(notInFuture)],
    }),
  ],
  preview: {
    select: {name: 'reviewer.name', date: 'lastReviewed'},
    prepare: ({name, date}) => ({title: name ? `Reviewed by ${name}` : 'No reviewer', subtitle: date}),
  },
})
