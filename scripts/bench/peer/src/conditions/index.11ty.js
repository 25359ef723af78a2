import {teasers} from '../../render.mjs'

export const data = {layout: 'layout.11ty.js', permalink: '/conditions/index.html', title: 'Conditions we treat'}

export function render({site}) {
  return `<div class="page-intro"><div class="container"><h1>Conditions we treat</h1></div></div><div class="container">${teasers(site.conditions)}</div>`
}
