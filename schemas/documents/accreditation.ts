import {BookmarkFilledIcon} from '@sanity/icons/BookmarkFilled'
import {defineField, defineType} from 'sanity'
import {hasExpired, HTTPS_MESSAGE} from '../lib/rules'
import {httpsUriOptions} from '../lib/validation'
import {contentChecks} from '../lib/contentCheckRule'
import {displayOrderings} from '../lib/pageFields'

export const ACCREDITATION_KINDS = [
  {title: 'Accreditation', value: 'accreditation'},
  {title: 'Certification', value: 'certification'},
  {title: 'License', value: 'license'},
  {title: 'Membership', value: 'membership'},
]

/** An accreditation, license, certification or membership, shown as a badge in the footer. */
export const accreditationType = defineType({
  name: 'accreditation',
  title: 'Accreditation',
  type: 'document',
  icon: BookmarkFilledIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'As the issuer writes it, for example "Behavioral Health Care Accreditation".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'issuer',
      title: 'Issued by',
      type: 'string',
      validation: (rule) => rule.required().error('Name the organisation that issued it.'),
    }),
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      options: {list: ACCREDITATION_KINDS, layout: 'radio', direction: 'horizontal'},
      initialValue: 'accreditation',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'badge',
      title: 'Badge',
      type: 'accessibleImage',
      description: 'The badge as the issuer allows it to be shown. Alt text should name the issuer and the accreditation.',
      validation: (rule) => rule.required().assetRequired().error('Add the badge image.'),
    }),
    defineField({
      name: 'verificationUrl',
      title: 'Verification link',
      type: 'url',
      description: 'The issuer’s page where visitors can check this accreditation. Badges link here.',
      validation: (rule) => [
        rule.required().error('Add the page where visitors can verify it.'),
        rule.uri(httpsUriOptions).error(HTTPS_MESSAGE),
      ],
    }),
    defineField({name: 'validFrom', title: 'Valid from', type: 'date', validation: (rule) => rule.required()}),
    defineField({
      name: 'validUntil',
      title: 'Valid until',
      type: 'date',
      description: 'After this date the badge disappears from the site. Leave empty for memberships that do not expire.',
      validation: (rule) =>
        rule.custom((validUntil: string | undefined, context) => {
          const validFrom = (context.document as {validFrom?: string} | undefined)?.validFrom
          if (validUntil && validFrom && validUntil <= validFrom) return '"Valid until" must be after "Valid from".'
          return true
        }),
    }),
    defineField({
      name: 'description',
      title: 'What it means',
      type: 'text',
      rows: 3,
      description: 'One or two sentences for the accreditations page.',
    }),
    defineField({name: 'order', title: 'Order', type: 'number', initialValue: 10, validation: (rule) => rule.integer().min(0)}),
  ],
  orderings: displayOrderings,
  // Plain-language and safe-wording warnings, on the fields they concern.
  validation: contentChecks,
  preview: {
    select: {title: 'name', issuer: 'issuer', validUntil: 'validUntil', media: 'badge'},
    prepare: ({title, issuer, validUntil, media}) => {
      const expired = typeof validUntil === 'string' && hasExpired(validUntil)
      return {
        title,
        subtitle: [
          issuer,
          expired ? `EXPIRED ${validUntil} · hidden on the site` : validUntil ? `valid until ${validUntil}` : undefined,
        ]
          .filter(Boolean)
          .join(' · '),
        media,
      }
    },
  },
})
