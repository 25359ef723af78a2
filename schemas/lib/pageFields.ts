// Field groups and fields of the routed documents: title, slug and summary on all of them (pages,
// programs, conditions, therapies); order, FAQs, the review and SEO on the education documents.
import {defineField, type SortOrdering} from 'sanity'
import {sameLanguageReferenceMember} from './languageField'
import {slugField} from './slugField'

/** The Studio's list order for documents that have an "order" field. */
export const displayOrderings: SortOrdering[] = [
  {title: 'Display order', name: 'order', by: [{field: 'order', direction: 'asc'}]},
]

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

/** A list of references to documents of one type in the document's language, each at most once. */
export function referencesField(
  name: string,
  title: string,
  to: string,
  options: {group?: string; description?: string; uniqueMessage?: string} = {},
) {
  return defineField({
    name,
    title,
    type: 'array',
    group: options.group ?? 'content',
    ...(options.description ? {description: options.description} : {}),
    of: [sameLanguageReferenceMember([to], title)],
    validation: (rule) => (options.uniqueMessage ? rule.unique().error(options.uniqueMessage) : rule.unique()),
  })
}

export function faqsField(description = 'Questions shown at the end of the page, in this order.') {
  return referencesField('faqs', 'Frequently asked questions', 'faq', {
    description,
    uniqueMessage: 'Each question can appear only once on a page.',
  })
}

/**
 * Review and SEO, the tail of every education document, where the review is required. A generic
 * page (page.ts) has the same two fields, with the review optional.
 */
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
