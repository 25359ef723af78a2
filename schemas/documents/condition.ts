import {ActivityIcon} from '@sanity/icons/Activity'
import {defineField, defineType} from 'sanity'
import {
  displayOrderings,
  educationTailFields,
  faqsField,
  orderField,
  pageGroups,
  referencesField,
  slugField,
  summaryField,
  titleField,
} from '../lib/pageFields'
import {contentChecks} from '../lib/contentCheckRule'
import {languageField} from '../lib/languageField'

/** A condition the clinic treats, with what it can feel like and how care helps. */
export const conditionType = defineType({
  name: 'condition',
  title: 'Condition',
  type: 'document',
  icon: ActivityIcon,
  groups: pageGroups,
  fields: [
    languageField(),
    titleField('The name visitors use, for example "Depression".'),
    slugField({group: 'content'}),
    summaryField('How the condition can feel and that help exists, in one or two sentences. Shown on the conditions list.'),
    orderField(),
    defineField({
      name: 'signs',
      title: 'Common signs',
      type: 'array',
      group: 'content',
      of: [{type: 'string'}],
      description: 'Plain-language signs a visitor might recognise in themselves or someone close.',
      validation: (rule) => rule.required().min(3),
    }),
    defineField({
      name: 'body',
      title: 'Body',
      type: 'richText',
      group: 'content',
      description: 'If you mention suicide or self-harm, add a Crisis callout right beside it.',
      validation: (rule) => rule.required(),
    }),
    referencesField('therapies', 'Therapies that help', 'therapy'),
    faqsField(),
    ...educationTailFields(),
  ],
  orderings: displayOrderings,
  // Plain-language and safe-wording warnings, on the fields they concern.
  validation: contentChecks,
  preview: {select: {title: 'title', subtitle: 'summary'}},
})
