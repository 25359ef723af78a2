// HTML helpers the peer's templates share: escaping, Portable Text through @portabletext/to-html,
// FAQ lists, teaser lists and the medical-review line.
import {escapeHTML, toHTML} from '@portabletext/to-html'

export const escape = (value) => escapeHTML(String(value ?? ''))

const slugOf = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

function linked(href, children) {
  if (!href) return children
  const external = /^https:\/\//.test(href)
  return external
    ? `<a href="${escape(href)}" rel="noopener" class="external">${children}<span class="visually-hidden"> (external site)</span></a>`
    : `<a href="${escape(href)}">${children}</a>`
}

export function faqList(faqs, title = 'Common questions') {
  if (!faqs || faqs.length === 0) return ''
  const items = faqs.map(
    (faq) => `<details class="faq"><summary>${escape(faq.question)}</summary>${portableText(faq.answer)}</details>`,
  )
  return `<section class="faqs" aria-labelledby="faqs-heading"><h2 id="faqs-heading">${escape(title)}</h2>${items.join('')}</section>`
}

const heading =
  (tag) =>
  ({children, value}) =>
    `<${tag} id="${slugOf(value.children.map((child) => child.text).join(''))}">${children}</${tag}>`

const components = {
  block: {h2: heading('h2'), h3: heading('h3'), h4: heading('h4')},
  marks: {link: ({children, value}) => linked(value?.href, children)},
  types: {
    figure: ({value}) =>
      value.image
        ? `<figure class="figure"><img src="${escape(value.image.src)}" width="${value.image.width}" height="${value.image.height}" alt="${escape(value.image.alt)}" loading="lazy" decoding="async">${value.caption ? `<figcaption>${escape(value.caption)}</figcaption>` : ''}</figure>`
        : '',
    cta: ({value}) =>
      `<p class="cta-block"><a class="button button--${escape(value.style ?? 'primary')}" href="${escape(value.href)}">${escape(value.label)}</a></p>`,
    callout: ({value}) =>
      `<aside class="callout callout--${escape(value.tone)}" aria-label="${escape(value.title ?? 'Note')}">${value.title ? `<p class="callout__title">${escape(value.title)}</p>` : ''}${portableText(value.body)}</aside>`,
    faqBlock: ({value}) => faqList(value.faqs, value.title),
  },
}

export function portableText(blocks) {
  return toHTML(blocks ?? [], {components, onMissingComponent: false})
}

export function teasers(items) {
  if (!items || items.length === 0) return ''
  return `<ul class="teaser-grid">${items
    .map(
      (item) =>
        `<li class="teaser"><h3><a href="${escape(item.path)}">${escape(item.title)}</a></h3>${item.summary ? `<p>${escape(item.summary)}</p>` : ''}</li>`,
    )
    .join('')}</ul>`
}

export function reviewedBy(review) {
  if (!review) return ''
  return `<p class="reviewed-by">Medically reviewed by ${escape(review.name)}, ${escape(review.credentials)}, on <time datetime="${escape(review.lastReviewed)}">${escape(review.lastReviewed)}</time>.</p>`
}

/** The page body every routed document shares: intro, review line, rich text, related, FAQs. */
export function contentPage(entry, {eyebrow, relatedHeading} = {}) {
  const signs = entry.signs?.length
    ? `<section class="signs"><h2>Common signs</h2><ul>${entry.signs.map((sign) => `<li>${escape(sign)}</li>`).join('')}</ul></section>`
    : ''
  const related = entry.related?.length
    ? `<section><h2>${escape(relatedHeading ?? 'Related')}</h2>${teasers(entry.related)}</section>`
    : ''
  return `<div class="page-intro"><div class="container">${eyebrow ? `<p class="eyebrow">${escape(eyebrow)}</p>` : ''}<h1>${escape(entry.title)}</h1><p class="lead">${escape(entry.summary)}</p>${reviewedBy(entry.review)}</div></div>
<div class="container"><article class="page-main">${signs}<div class="prose">${portableText(entry.body)}</div>${related}${faqList(entry.faqs)}</article></div>`
}
