import {PinIcon} from '@sanity/icons/Pin'
import {defineField, defineType} from 'sanity'

/** A postal address, in the parts that maps and structured data expect. */
export const addressType = defineType({
  name: 'address',
  title: 'Address',
  type: 'object',
  icon: PinIcon,
  fields: [
    defineField({name: 'streetAddress', title: 'Street address', type: 'string', validation: (rule) => rule.required()}),
    defineField({name: 'addressLocality', title: 'City', type: 'string', validation: (rule) => rule.required()}),
    defineField({
      name: 'addressRegion',
      title: 'State',
      type: 'string',
      description: 'Two-letter code, for example IL.',
      validation: (rule) => rule.required(),
    }),
    defineField({name: 'postalCode', title: 'ZIP code', type: 'string', validation: (rule) => rule.required()}),
    defineField({
      name: 'addressCountry',
      title: 'Country',
      type: 'string',
      description: 'Two-letter country code.',
      initialValue: 'US',
      validation: (rule) => rule.required().length(2),
    }),
  ],
})
