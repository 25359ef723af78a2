import {BlockContentIcon} from '@sanity/icons/BlockContent'
import {defineArrayMember, defineType} from 'sanity'

const marks = {
  decorators: [
    {title: 'Strong', value: 'strong'},
    {title: 'Emphasis', value: 'em'},
  ],
  annotations: [defineArrayMember({name: 'link', type: 'link', title: 'Link'})],
}

/** Short formatted text without headings or blocks: FAQ answers, callouts, highlights. */
export const simpleTextType = defineType({
  name: 'simpleText',
  title: 'Text',
  type: 'array',
  icon: BlockContentIcon,
  of: [
    defineArrayMember({
      type: 'block',
      styles: [{title: 'Normal', value: 'normal'}],
      lists: [
        {title: 'Bullets', value: 'bullet'},
        {title: 'Numbers', value: 'number'},
      ],
      marks,
    }),
  ],
})

/** The body of pages: headings, lists, links, callouts, calls to action, figures and FAQ blocks. */
export const richTextType = defineType({
  name: 'richText',
  title: 'Body',
  type: 'array',
  icon: BlockContentIcon,
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        {title: 'Normal', value: 'normal'},
        {title: 'Heading', value: 'h2'},
        {title: 'Subheading', value: 'h3'},
        {title: 'Small heading', value: 'h4'},
        {title: 'Quote', value: 'blockquote'},
      ],
      lists: [
        {title: 'Bullets', value: 'bullet'},
        {title: 'Numbers', value: 'number'},
      ],
      marks,
    }),
    defineArrayMember({type: 'callout'}),
    defineArrayMember({type: 'cta'}),
    defineArrayMember({type: 'figure'}),
    defineArrayMember({type: 'faqBlock'}),
  ],
})
