import {HomeIcon} from '@sanity/icons/Home'
import {defineField, defineType} from 'sanity'
import {contentChecks} from '../lib/contentCheckRule'
import {languageField, languageTitle, sameLanguageOptions, sameLanguageReference} from '../lib/languageField'
import {referencesField} from '../lib/pageFields'

/** The home page: what the clinic offers and how to reach it, in the first screen. */
export const homePageType = defineType({
  name: 'homePage',
  title: 'Home page',
  type: 'document',
  icon: HomeIcon,
  groups: [
    {name: 'content', title: 'Content', default: true},
    {name: 'seo', title: 'SEO & sharing'},
  ],
  fields: [
    languageField(),
    defineField({
      name: 'heading',
      title: 'Heading',
      type: 'string',
      group: 'content',
      description: 'The first words visitors read. Speak to them plainly.',
      validation: (rule) => rule.required().max(90),
    }),
    defineField({
      name: 'intro',
      title: 'Introduction',
      type: 'text',
      rows: 3,
      group: 'content',
      validation: (rule) => rule.required().max(320),
    }),
    defineField({
      name: 'ctas',
      title: 'Buttons',
      type: 'array',
      group: 'content',
      of: [{type: 'cta'}],
      validation: (rule) => rule.max(2).warning('More than two buttons makes the first screen harder to scan.'),
    }),
    defineField({name: 'image', title: 'Image', type: 'accessibleImage', group: 'content'}),
    defineField({
      name: 'highlights',
      title: 'Why people choose us',
      type: 'array',
      group: 'content',
      of: [{type: 'highlight'}],
      validation: (rule) => rule.max(6),
    }),
    defineField({
      name: 'featuredProgram',
      title: 'Featured program',
      type: 'reference',
      to: [{type: 'program'}],
      options: sameLanguageOptions(),
      group: 'content',
      validation: (rule) => rule.custom(sameLanguageReference('Featured program')),
    }),
    referencesField('featuredConditions', 'Featured conditions', 'condition'),
    referencesField('featuredTherapies', 'Featured therapies', 'therapy'),
    defineField({name: 'body', title: 'More about us', type: 'richText', group: 'content'}),
    referencesField('faqs', 'Frequently asked questions', 'faq'),
    defineField({name: 'seo', title: 'SEO & sharing', type: 'seo', group: 'seo'}),
  ],
  // Plain-language and safe-wording warnings, on the fields they concern.
  validation: contentChecks,
  preview: {
    select: {language: 'language'},
    prepare: ({language}) => ({title: 'Home page', subtitle: language ? languageTitle(language) : undefined}),
  },
})
