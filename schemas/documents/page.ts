import {DocumentTextIcon} from '@sanity/icons/DocumentText'
import {defineField, defineType} from 'sanity'
import {pageGroups, slugField, summaryField, titleField} from '../lib/pageFields'

/** Slugs that belong to built-in routes; a generic page cannot take them. */
export const RESERVED_PAGE_SLUGS = [
  'programs',
  'conditions',
  'therapies',
  'accreditations',
  'sitemap-index.xml',
  'robots.txt',
  '404',
] as const

/** A generic page: about us, get help, privacy, and anything else that is not an education page. */
export const page = defineType({
  name: 'page',
  title: 'Page',
  type: 'document',
  icon: DocumentTextIcon,
  groups: pageGroups,
  fields: [
    titleField(),
    defineField({
      ...slugField({group: 'content'}),
      validation: (rule) =>
        rule.required().custom((slug: {current?: string} | undefined) => {
          const current = slug?.current
          if (!current) return 'Generate a slug from the title.'
          if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(current)) return 'Use lowercase letters, numbers and single dashes only.'
          return (RESERVED_PAGE_SLUGS as readonly string[]).includes(current)
            ? `"${current}" is used by a built-in section of the site. Choose another slug.`
            : true
        }),
    }),
    summaryField('Shown under the title and in search results.'),
    defineField({name: 'body', title: 'Body', type: 'richText', group: 'content'}),
    defineField({
      name: 'medicalReview',
      title: 'Medical review',
      type: 'medicalReview',
      group: 'review',
      description: 'Optional for general pages. Add it when the page gives health information.',
    }),
    defineField({name: 'seo', title: 'SEO & sharing', type: 'seo', group: 'seo'}),
  ],
  preview: {
    select: {title: 'title', slug: 'slug.current'},
    prepare: ({title, slug}) => ({title, subtitle: slug ? `/${slug}` : 'No slug yet'}),
  },
})
