import {DocumentTextIcon} from '@sanity/icons/DocumentText'
import {defineField, defineType} from 'sanity'
import {RESERVED_PAGE_SLUGS} from '../lib/sections'
import {pageGroups, slugField, summaryField, titleField} from '../lib/pageFields'
import {contentChecks} from '../lib/contentCheckRule'
import {languageField} from '../lib/languageField'

/** A generic page: about us, get help, privacy, and anything else that is not an education page. */
export const pageType = defineType({
  name: 'page',
  title: 'Page',
  type: 'document',
  icon: DocumentTextIcon,
  groups: pageGroups,
  fields: [
    languageField(),
    titleField(),
    slugField({group: 'content', reserved: RESERVED_PAGE_SLUGS}),
    summaryField('Shown under the title and in search results.'),
    defineField({name: 'body', title: 'Body', type: 'richText', group: 'content'}),
    defineField({
      name: 'medicalReview',
      title: 'Review',
      type: 'medicalReview',
      group: 'review',
      description: 'Optional for general pages. Add it when the page gives health information.',
    }),
    defineField({name: 'seo', title: 'SEO & sharing', type: 'seo', group: 'seo'}),
  ],
  // Plain-language and safe-wording warnings, on the fields they concern.
  validation: contentChecks,
  preview: {
    select: {title: 'title', slug: 'slug.current'},
    prepare: ({title, slug}) => ({title, subtitle: slug ? `/${slug}` : 'No slug yet'}),
  },
})
