import {CheckmarkCircleIcon} from '@sanity/icons/CheckmarkCircle'
import {defineField, defineType} from 'sanity'
import {reviewLabel} from '../lib/reviewLabel'
import {notInFuture} from '../lib/validation'

/**
 * Who checked an education page for accuracy, and when. The reviewer's credential decides whether
 * the page says "Medically reviewed" or "Clinically reviewed" (schemas/lib/reviewLabel.ts).
 */
export const medicalReviewType = defineType({
  name: 'medicalReview',
  title: 'Review',
  type: 'object',
  icon: CheckmarkCircleIcon,
  fields: [
    defineField({
      name: 'reviewer',
      title: 'Reviewed by',
      type: 'reference',
      to: [{type: 'person'}],
      options: {filter: 'isMedicalReviewer == true'},
      description:
        'Only people who review education pages can be chosen. A physician or psychiatric nurse practitioner gives a medical review; a psychologist, social worker or counselor a clinical review.',
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
    select: {name: 'reviewer.name', credential: 'reviewer.reviewCredential', date: 'lastReviewed'},
    prepare: ({name, credential, date}) => ({
      title: name ? `${reviewLabel(credential)} by ${name}` : 'No reviewer',
      subtitle: date,
    }),
  },
})
