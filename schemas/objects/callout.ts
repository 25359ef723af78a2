import {InfoOutlineIcon} from '@sanity/icons/InfoOutline'
import {defineField, defineType} from 'sanity'

/** A highlighted box in rich text. The crisis tone adds the site's crisis resources beside the text. */
export const calloutType = defineType({
  name: 'callout',
  title: 'Callout',
  type: 'object',
  icon: InfoOutlineIcon,
  fields: [
    defineField({
      name: 'tone',
      title: 'Kind',
      type: 'string',
      description:
        '"Crisis" shows the crisis line (988 and 911 from site settings) under your text: use it wherever a page mentions suicide or self-harm.',
      options: {
        list: [
          {title: 'Information', value: 'info'},
          {title: 'Tip', value: 'tip'},
          {title: 'Crisis', value: 'crisis'},
        ],
        layout: 'radio',
        direction: 'horizontal',
      },
      initialValue: 'info',
      validation: (rule) => rule.required(),
    }),
    defineField({name: 'title', title: 'Heading', type: 'string', validation: (rule) => rule.max(80)}),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'simpleText',
      validation: (rule) => rule.required().error('A callout needs some text.'),
    }),
  ],
  preview: {
    select: {title: 'title', tone: 'tone'},
    prepare: ({title, tone}) => ({
      title: title || 'Callout',
      subtitle: tone === 'crisis' ? 'Crisis callout' : tone === 'tip' ? 'Tip' : 'Information',
    }),
  },
})
