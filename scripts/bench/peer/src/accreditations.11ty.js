import {escape} from '../render.mjs'

export const data = {layout: 'layout.11ty.js', permalink: '/accreditations/index.html', title: 'Accreditations'}

export function render({site}) {
  const items = site.accreditations
    .map(
      (item) =>
        `<li><h2>${escape(item.name)}</h2><p>${escape(item.issuer)}</p><a href="${escape(item.verificationUrl)}">Verify</a></li>`,
    )
    .join('')
  return `<div class="page-intro"><div class="container"><h1>Accreditations</h1></div></div><div class="container"><ul>${items}</ul></div>`
}
