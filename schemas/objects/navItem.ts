import {MenuIcon} from '@sanity/icons/Menu'
import {defineField, defineType} from 'sanity'

/** One entry of the site's main navigation. */
export const navItemType = defineType({
  name: 'navItem',
  title: 'Navigation item',
  type: 'object',
  icon: MenuIcon,
  fields: [
    defineField({name: 'label', title: 'Label', type: 'string', validation: (rule) => rule.required().max(30)}),
    defineField({name: 'link', title: 'Link', type: 'link', validation: (rule) => rule.required()}),
  ],
  preview: {select: {title: 'label', subtitle: 'link.internal.title'}},
})
