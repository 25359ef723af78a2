import {LaunchIcon} from '@sanity/icons/Launch'
import {defineField, defineType} from 'sanity'

/** A call to action: a short label and where it leads, shown as a button. */
export const ctaType = defineType({
  name: 'cta',
  title: 'Call to action',
  type: 'object',
  icon: LaunchIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Button text',
      type: 'string',
      description: 'Say what happens, for example "Call (217) 555-0142" or "Start an inquiry".',
      validation: (rule) => [
        rule.required().error('A button needs text.'),
        rule.max(40).warning('Short button text reads better on phones.'),
      ],
    }),
    defineField({name: 'link', title: 'Link', type: 'link', validation: (rule) => rule.required()}),
    defineField({
      name: 'style',
      title: 'Style',
      type: 'string',
      options: {
        list: [
          {title: 'Primary', value: 'primary'},
          {title: 'Secondary', value: 'secondary'},
        ],
        layout: 'radio',
      },
      initialValue: 'primary',
    }),
  ],
  preview: {
    select: {title: 'label', subtitle: 'link.href', internal: 'link.internal.title'},
    prepare: ({title, subtitle, internal}) => ({title: title || 'Call to action', subtitle: internal || subtitle}),
  },
})
