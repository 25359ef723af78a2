import {SearchIcon} from '@sanity/icons/Search'
import {defineField, defineType} from 'sanity'
import {SEO_DESCRIPTION_MAX, SEO_DESCRIPTION_MIN, SEO_TITLE_MAX} from '../lib/validation'

/** How a page appears in search results and when shared. Empty fields fall back to the page's own. */
export const seoType = defineType({
  name: 'seo',
  title: 'SEO & sharing',
  type: 'object',
  icon: SearchIcon,
  options: {collapsible: true, collapsed: false},
  fields: [
    defineField({
      name: 'title',
      title: 'Search title',
      type: 'string',
      description: `Shown as the link in search results. Leave empty to use the page title. Up to ${SEO_TITLE_MAX} characters fit.`,
      validation: (rule) =>
        rule.max(SEO_TITLE_MAX).warning(`Search engines cut titles longer than about ${SEO_TITLE_MAX} characters.`),
    }),
    defineField({
      name: 'description',
      title: 'Search description',
      type: 'text',
      rows: 3,
      description: 'One or two plain sentences on what the page offers. Leave empty to use the summary.',
      validation: (rule) => [
        rule
          .max(SEO_DESCRIPTION_MAX)
          .warning(`Search engines cut descriptions longer than about ${SEO_DESCRIPTION_MAX} characters.`),
        rule
          .min(SEO_DESCRIPTION_MIN)
          .warning(`A description under ${SEO_DESCRIPTION_MIN} characters says too little in search results.`),
      ],
    }),
    defineField({
      name: 'image',
      title: 'Sharing image',
      type: 'accessibleImage',
      description: 'Shown when the page is shared. 1200 × 630 pixels works everywhere. Leave empty for the site default.',
    }),
    defineField({
      name: 'noIndex',
      title: 'Hide from search engines',
      type: 'boolean',
      description: 'Turn on for pages that should not be found through search, such as a thank-you page.',
      initialValue: false,
    }),
  ],
})
