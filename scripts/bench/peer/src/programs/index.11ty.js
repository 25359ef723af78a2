import {teasers} from '../../render.mjs'

export const data = {layout: 'layout.11ty.js', permalink: '/programs/index.html', title: 'Programs'}

export function render({site}) {
  return `<div class="page-intro"><div class="container"><h1>Programs</h1></div></div><div class="container">${teasers(site.programs)}</div>`
}
