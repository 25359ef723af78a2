// Field groups and fields every routed document shares (pages, programs, conditions, therapies).
import {defineField} from 'sanity'
import {slugField} from './slugField'

const contentGroup = {name: 'content', title: 'Content', default: true}
const reviewAndSeoGroups = [
  {name: 'review', title: 'Review'},
  {name: 'seo', title: 'SEO & sharing'},
]

export const pageGroups = [contentGroup, ...reviewAndSeoGroups]

/** Page groups with extra groups between the content and the review/SEO tail. */
export function pageGroupsWith(...extra: {name: string; title: string}[]) {
  return [contentGroup, ...extra, ...reviewAndSeoGroups]
}

export function titleField(description = 'The main heading of the page.') {
  return defineField({
    name: 'title',
    title: 'Title',
    type: 'string',
    group: 'content',
    description,
    validation: (rule) => rule.required().error('Every page needs a title.').max(90),
  })
}

export function summaryField(description: string) {
  return defineField({
    name: 'summary',
    title: 'Summary',
    type: 'text',
    rows: 3,
    group: 'content',
    description,
    validation: (rule) => [
      rule.required().error('Write a one- or two-sentence summary; it appears in lists and search results.'),
      rule.max(300).warning('Keep the summary under 300 characters so it stays readable in lists.'),
    ],
  })
}

export function orderField() {
  return defineField({
    name: 'order',
    title: 'Order',
    type: 'number',
    group: 'content',
    description: 'Lower numbers are listed first on index pages.',
    initialValue: 10,
    validation: (rule) => rule.integer().min(0),
  })
}

export function faqsField(description = 'Questions shown at the end of the page, in this order.') {
  return defineField({
    name: 'faqs',
    title: 'Frequently asked questions',
    type: 'array',
    group: 'content',
    description,
    of: [{type: 'reference', to: [{type: 'faq'}]}],
    validation: (rule) => rule.unique().error('Each question can appear only once on a page.'),
  })
}

/** Review and SEO: the tail every education document shares. */
export function educationTailFields() {
  return [
    defineField({
      name: 'medicalReview',
      title: 'Review',
      type: 'medicalReview',
      group: 'review',
      description: 'Education pages show who checked them for accuracy and when.',
      validation: (rule) => rule.required().error('Education pages must name a reviewer and a review date.'),
    }),
    defineField({name: 'seo', title: 'SEO & sharing', type: 'seo', group: 'seo'}),
  ]
}

export {slugField}
