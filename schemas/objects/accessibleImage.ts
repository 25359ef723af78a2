import {ImageIcon} from '@sanity/icons/Image'
import {defineType} from 'sanity'
import {altTextFields} from '../lib/imageFields'

/** An image with alt text (or an explicit decorative choice), for logos, portraits and cards. */
export const accessibleImageType = defineType({
  name: 'accessibleImage',
  title: 'Image',
  type: 'image',
  icon: ImageIcon,
  options: {hotspot: true},
  fields: altTextFields,
})
