// Host configuration files written with the build, with the inquiry form's endpoint:
// `_headers` (Netlify, Cloudflare Pages) carries the security headers and long caching for hashed
// assets; the Vercel file is turned into `.vercel/output/` by hostFilesIntegration, never served.
import type {APIRoute, GetStaticPaths} from 'astro'
import {VERCEL_CONFIG_FILE} from '../lib/build/hostFilesIntegration'
import {inquiryEndpoint} from '../lib/pages/inquiryEndpoint'
import {netlifyHeadersFile, vercelOutputConfig, type SecurityHeaderOptions} from '../lib/build/securityHeaders'
import {settingsIn} from '../lib/content'
import {DEFAULT_LANGUAGE} from '../../schemas/lib/languages'

// Prerendered in the editors' preview too, which renders everything else on request: there, a
// route with a parameter would otherwise answer every one-segment path (/about/ would be `_headers`);
// prerendered, it exists at exactly the paths below, and other paths go on to the pages.
export const prerender = true

export const getStaticPaths: GetStaticPaths = () => [{params: {hostFile: '_headers'}}, {params: {hostFile: VERCEL_CONFIG_FILE}}]

export const GET: APIRoute = async ({params}) => {
  const endpoint = inquiryEndpoint(await settingsIn(DEFAULT_LANGUAGE))
  const options: SecurityHeaderOptions = endpoint ? {formEndpoint: endpoint} : {}
  if (params.hostFile === VERCEL_CONFIG_FILE) {
    return new Response(JSON.stringify(vercelOutputConfig(options), null, 2), {headers: {'content-type': 'application/json'}})
  }
  return new Response(netlifyHeadersFile(options), {headers: {'content-type': 'text/plain; charset=utf-8'}})
}
