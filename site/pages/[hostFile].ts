// Host configuration files written with the build: `_headers` (Netlify, Cloudflare Pages) carries
// the security headers and long caching for hashed assets. The form endpoint comes from content.
import type {APIRoute, GetStaticPaths} from 'astro'
import {getEntry} from 'astro:content'
import {netlifyHeadersFile} from '../lib/securityHeaders'

export const getStaticPaths: GetStaticPaths = () => [{params: {hostFile: '_headers'}}]

export const GET: APIRoute = async () => {
  const settings = await getEntry('siteSettings', 'siteSettings')
  const formEndpoint = settings?.data.inquiry.endpoint
  return new Response(netlifyHeadersFile(formEndpoint ? {formEndpoint} : {}), {
    headers: {'content-type': 'text/plain; charset=utf-8'},
  })
}
