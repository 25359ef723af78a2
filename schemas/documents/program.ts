import {HeartIcon} from '@sanity/icons/Heart'
import {defineField, defineType} from 'sanity'
import {
  displayOrderings,
  educationTailFields,
  faqsField,
  orderField,
  pageGroupsWith,
  referencesField,
  slugField,
  summaryField,
  titleField,
} from '../lib/pageFields'
import {contentChecks} from '../lib/contentCheckRule'
import {languageField} from '../lib/languageField'

/** A program or level of care the clinic offers, such as the Intensive Outpatient Program. */
export const programType = defineType({
  name: 'program',
  title: 'Program',
  type: 'document',
  icon: HeartIcon,
  groups: pageGroupsWith({name: 'details', title: 'Program details'}),
  fields: [
    languageField(),
    titleField('The full name, for example "Intensive Outpatient Program".'),
    slugField({group: 'content'}),
    defineField({
      name: 'shortName',
      title: 'Short name',
      type: 'string',
      group: 'content',
      description: 'Abbreviation used in navigation and comparisons, for example "IOP".',
      validation: (rule) => rule.max(12),
    }),
    summaryField('What the program is, in one or two sentences.'),
    orderField(),
    defineField({name: 'image', title: 'Image', type: 'accessibleImage', group: 'content'}),
    defineField({name: 'body', title: 'What the program is', type: 'richText', group: 'content'}),
    defineField({
      name: 'hoursPerWeek',
      title: 'Hours per week',
      type: 'string',
      group: 'details',
      description: 'For example "9 to 12".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'typicalLength',
      title: 'Typical length',
      type: 'string',
      group: 'details',
      description: 'For example "6 to 10 weeks, decided with your care team".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'whoItSuits',
      title: 'Who it suits',
      type: 'array',
      group: 'details',
      of: [{type: 'string'}],
      description: 'Short statements, each finishing "This program may suit people who…".',
      validation: (rule) => rule.required().min(2),
    }),
    defineField({
      name: 'weekSchedule',
      title: 'A week in the program',
      type: 'array',
      group: 'details',
      of: [{type: 'scheduleItem'}],
      validation: (rule) => rule.required().min(1),
    }),
    defineField({name: 'benefits', title: 'Benefits', type: 'array', group: 'details', of: [{type: 'highlight'}]}),
    defineField({
      name: 'levelsOfCare',
      title: 'Levels of care compared',
      type: 'array',
      group: 'details',
      of: [{type: 'careLevel'}],
      description: 'A comparison table so visitors see where this program sits. Mark this program’s row.',
    }),
    referencesField('therapies', 'Therapies used', 'therapy', {group: 'details'}),
    faqsField(),
    ...educationTailFields(),
  ],
  orderings: displayOrderings,
  // Plain-language and safe-wording warnings, on the fields they concern.
  validation: contentChecks,
  preview: {
    select: {title: 'title', shortName: 'shortName', hours: 'hoursPerWeek', media: 'image'},
    prepare: ({title, shortName, hours, media}) => ({
      title,
      subtitle: [shortName, hours ? `${hours} hours a week` : undefined].filter(Boolean).join(' · '),
      media,
    }),
  },
})
