import {ImageIcon} from '@sanity/icons/Image'
import {defineField, defineType} from 'sanity'
import {altTextFields} from '../lib/imageFields'

/** An image placed inside rich text, with alt text and an optional caption. */
export const figureType = defineType({
  name: 'figure',
  title: 'Figure',
  type: 'image',
  icon: ImageIcon,
  options: {hotspot: true},
  fields: [
    ...altTextFields,
    defineField({
      name: 'caption',
      title: 'Caption',
      type: 'string',
      description: 'Optional text shown under the image.',
    }),
  ],
  validation: (rule) => rule.required().assetRequired().error('Choose an image or remove this figure.'),
  preview: {
    select: {media: 'asset', alt: 'alt', caption: 'caption'},
    prepare: ({media, alt, caption}) => ({
      title: caption || alt || 'Figure',
      subtitle: alt ? 'Has alt text' : 'No alt text',
      media,
    }),
  },
})
