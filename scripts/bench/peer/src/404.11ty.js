export const data = {layout: 'layout.11ty.js', permalink: '/404.html', title: 'Page not found'}

export function render() {
  return `<div class="page-intro"><div class="container"><h1>Page not found</h1><p><a href="/">Go to the home page</a></p></div></div>`
}
