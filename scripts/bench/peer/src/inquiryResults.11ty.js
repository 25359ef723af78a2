// The call-back form's two result pages, as the site has them: short pages with no content of their own.
import {escape} from '../render.mjs'

export const data = {
  layout: 'layout.11ty.js',
  results: [
    {path: '/get-help/thank-you/', title: 'Thank you. We have your request'},
    {path: '/get-help/not-sent/', title: 'Your request was not sent'},
  ],
  pagination: {data: 'results', size: 1, alias: 'result'},
  permalink: (data) => `${data.result.path}index.html`,
  eleventyComputed: {title: (data) => data.result.title},
}

export function render({result}) {
  return `<div class="page-intro"><div class="container"><h1>${escape(result.title)}</h1><p><a href="/get-help/">Other ways to reach us</a></p></div></div>`
}
