import {LinkIcon} from '@sanity/icons/Link'
import {defineField, defineType} from 'sanity'
import {sameLanguageOptions, sameLanguageReference} from '../lib/languageField'
import {SECTION_KEYS, sectionName} from '../lib/sections'
import {SAFE_URL_MESSAGE} from '../lib/rules'
import {safeUriOptions} from '../lib/validation'

/** Document types a link can point to inside the site. */
export const LINKABLE_TYPES = ['homePage', 'page', 'program', 'condition', 'therapy'] as const

type LinkType = 'internal' | 'section' | 'external'
type LinkValue = {linkType?: LinkType; internal?: unknown; section?: string; href?: string}

const linkTypeOf = (parent: unknown) => (parent as LinkValue | undefined)?.linkType ?? 'internal'

/** A link to a page of this site, a built-in section, or an external address (https, mailto or tel only). */
export const linkType = defineType({
  name: 'link',
  title: 'Link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'linkType',
      title: 'Link to',
      type: 'string',
      options: {
        list: [
          {title: 'A page on this site', value: 'internal'},
          {title: 'A section of this site', value: 'section'},
          {title: 'An address (web, email or phone)', value: 'external'},
        ],
        layout: 'radio',
        direction: 'horizontal',
      },
      initialValue: 'internal',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'internal',
      title: 'Page',
      type: 'reference',
      to: LINKABLE_TYPES.map((type) => ({type})),
      options: sameLanguageOptions(),
      description: 'Internal links follow the page if its address changes. Only pages in the same language are offered.',
      hidden: ({parent}) => linkTypeOf(parent) !== 'internal',
      validation: (rule) => [
        rule.custom((value, context) =>
          linkTypeOf(context.parent) === 'internal' && !value ? 'Choose the page to link to.' : true,
        ),
        rule.custom(sameLanguageReference('Link')),
      ],
    }),
    defineField({
      name: 'section',
      title: 'Section',
      type: 'string',
      options: {list: SECTION_KEYS.map((key) => ({title: sectionName(key), value: key}))},
      hidden: ({parent}) => linkTypeOf(parent) !== 'section',
      validation: (rule) =>
        rule.custom((value, context) =>
          linkTypeOf(context.parent) === 'section' && !value ? 'Choose the section to link to.' : true,
        ),
    }),
    defineField({
      name: 'href',
      title: 'Address',
      type: 'url',
      description: 'For example https://example.org/page, mailto:care@example.com or tel:+12175550142.',
      hidden: ({parent}) => linkTypeOf(parent) !== 'external',
      validation: (rule) => [
        rule.uri(safeUriOptions).error(SAFE_URL_MESSAGE),
        rule.custom((value, context) =>
          linkTypeOf(context.parent) === 'external' && !value ? 'Enter the address to link to.' : true,
        ),
      ],
    }),
  ],
})
