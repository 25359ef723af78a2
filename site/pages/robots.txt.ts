import type {APIRoute} from 'astro'
import {siteConfig} from '../lib/config'

/** Crawlers may read everything on the public site, and nothing on the editors' preview. */
export const GET: APIRoute = ({site}) => {
  const headers = {'content-type': 'text/plain; charset=utf-8'}
  if (siteConfig().mode === 'preview') return new Response('User-agent: *\nDisallow: /\n', {headers})
  const sitemap = new URL('sitemap-index.xml', site).toString()
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {headers})
}
