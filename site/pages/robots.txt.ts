import type {APIRoute} from 'astro'
import {siteConfig} from '../lib/config/config'
import {absoluteUrl} from '../lib/seo/jsonld'
import {robotsTxt} from '../lib/seo/robotsTxt'
import {settingsIn} from '../lib/content'
import {DEFAULT_LANGUAGE} from '../../schemas/lib/languages'

/** Crawlers may read the public site; nothing while it shows sample content, nor the editors' preview. */
export const GET: APIRoute = async () => {
  const headers = {'content-type': 'text/plain; charset=utf-8'}
  if (siteConfig().mode === 'preview') return new Response(robotsTxt({allow: false, sample: false}), {headers})
  const {sampleContent} = await settingsIn(DEFAULT_LANGUAGE)
  if (sampleContent) return new Response(robotsTxt({allow: false, sample: true}), {headers})
  return new Response(robotsTxt({allow: true, sitemapUrl: absoluteUrl('/sitemap-index.xml')}), {headers})
}
