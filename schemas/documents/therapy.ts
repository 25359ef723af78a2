import {BulbOutlineIcon} from '@sanity/icons/BulbOutline'
import {defineField, defineType} from 'sanity'
import {
  displayOrderings,
  educationTailFields,
  faqsField,
  orderField,
  pageGroups,
  slugField,
  summaryField,
  titleField,
} from '../lib/pageFields'
import {contentChecks} from '../lib/contentCheckRule'
import {languageField} from '../lib/languageField'

/** A therapy or treatment approach used in the program, such as CBT or DBT. */
export const therapyType = defineType({
  name: 'therapy',
  title: 'Therapy',
  type: 'document',
  icon: BulbOutlineIcon,
  groups: pageGroups,
  fields: [
    languageField(),
    titleField('The full name, for example "Dialectical Behavior Therapy".'),
    slugField({group: 'content'}),
    defineField({
      name: 'abbreviation',
      title: 'Abbreviation',
      type: 'string',
      group: 'content',
      description: 'For example "DBT". Leave empty if there is none.',
      validation: (rule) => rule.max(10),
    }),
    summaryField('What the therapy is and how it helps, in one or two sentences.'),
    orderField(),
    defineField({name: 'body', title: 'Body', type: 'richText', group: 'content', validation: (rule) => rule.required()}),
    defineField({
      name: 'skills',
      title: 'Skill areas',
      type: 'array',
      group: 'content',
      of: [{type: 'skill'}],
      description: 'The skills the therapy teaches, each with a short explanation (DBT has four).',
    }),
    faqsField(),
    ...educationTailFields(),
  ],
  orderings: displayOrderings,
  // Plain-language and safe-wording warnings, on the fields they concern.
  validation: contentChecks,
  preview: {
    select: {title: 'title', abbreviation: 'abbreviation', summary: 'summary'},
    prepare: ({title, abbreviation, summary}) => ({
      title: abbreviation ? `${title} (${abbreviation})` : title,
      subtitle: summary,
    }),
  },
})
