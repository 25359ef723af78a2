import {teasers} from '../../render.mjs'

export const data = {layout: 'layout.11ty.js', permalink: '/therapies/index.html', title: 'Therapies'}

export function render({site}) {
  return `<div class="page-intro"><div class="container"><h1>Therapies</h1></div></div><div class="container">${teasers(site.therapies)}</div>`
}
