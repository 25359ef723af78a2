import type {APIRoute} from 'astro'

/** Crawlers may read everything; the sitemap lists every page. */
export const GET: APIRoute = ({site}) => {
  const sitemap = new URL('sitemap-index.xml', site).toString()
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: {'content-type': 'text/plain; charset=utf-8'},
  })
}
