import {escape, faqList, portableText, teasers} from '../render.mjs'

export const data = {layout: 'layout.11ty.js', permalink: '/index.html', title: 'Home'}

export function render({site}) {
  const {home} = site
  const image = home.image
    ? `<img src="${escape(home.image.src)}" width="${home.image.width}" height="${home.image.height}" alt="${escape(home.image.alt)}">`
    : ''
  const highlights = home.highlights.map((item) => `<li><h3>${escape(item.title)}</h3><p>${escape(item.text)}</p></li>`).join('')
  return `<div class="hero"><div class="container"><h1>${escape(home.heading)}</h1><p class="lead">${escape(home.intro)}</p>${image}</div></div>
<div class="container"><ul class="highlights">${highlights}</ul>${teasers(home.featured)}<div class="prose">${portableText(home.body)}</div>${faqList(home.faqs)}</div>`
}
