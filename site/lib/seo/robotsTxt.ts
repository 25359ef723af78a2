// The text of robots.txt: everything allowed with the sitemap, or nothing at all (sample content,
// the editors' draft preview).

/** First line of robots.txt while the site shows sample content; the build looks for it. */
export const SAMPLE_ROBOTS_COMMENT = '# Sample content: this site shows a fictional clinic, so it asks not to be indexed.'

export type RobotsPolicy = {allow: true; sitemapUrl: string} | {allow: false; sample: boolean}

export function robotsTxt(policy: RobotsPolicy): string {
  if (policy.allow) return `User-agent: *\nAllow: /\n\nSitemap: ${policy.sitemapUrl}\n`
  return `${policy.sample ? `${SAMPLE_ROBOTS_COMMENT}\n` : ''}User-agent: *\nDisallow: /\n`
}
