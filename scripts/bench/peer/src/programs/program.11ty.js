import {contentPage} from '../../render.mjs'

export const data = {
  layout: 'layout.11ty.js',
  pagination: {data: 'site.programs', size: 1, alias: 'entry'},
  permalink: (data) => `${data.entry.path}index.html`,
  eleventyComputed: {title: (data) => data.entry.title, description: (data) => data.entry.summary},
}

export function render({entry}) {
  return contentPage(entry, {eyebrow: 'Programs', relatedHeading: 'Therapies in this program'})
}
