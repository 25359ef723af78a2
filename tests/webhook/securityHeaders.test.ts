import {describe, expect, it} from 'vitest'
import {
  contentSecurityPolicy,
  IMMUTABLE_CACHE_CONTROL,
  netlifyHeadersFile,
  securityHeaders,
  vercelOutputConfig,
} from '../../site/lib/build/securityHeaders.ts'

const endpoint = 'https://forms.example-intake.com/f/abc123?x=1'

/** Parses a CSP header into directive → sources, failing on a directive given twice. */
function parseCsp(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (!name) continue
    expect(directives.has(name), `${name} appears twice`).toBe(false)
    directives.set(name, sources)
  }
  return directives
}

describe('security headers', () => {
  it('allows no script at all', () => {
    const csp = parseCsp(contentSecurityPolicy({formEndpoint: endpoint}))
    expect(csp.get('script-src')).toEqual(["'none'"])
    expect(csp.has('script-src-elem')).toBe(false)
    expect(csp.has('script-src-attr')).toBe(false)
    // default-src is the fallback for script-src-elem/-attr and workers: only our origin, no inline, no eval.
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    for (const sources of csp.values()) {
      expect(sources).not.toContain("'unsafe-eval'")
      expect(sources).not.toContain('*')
    }
  })

  it('lets the inquiry form post to its endpoint origin and nowhere else', () => {
    const csp = parseCsp(contentSecurityPolicy({formEndpoint: endpoint}))
    expect(csp.get('form-action')).toEqual(["'self'", 'https://forms.example-intake.com'])
    expect(parseCsp(contentSecurityPolicy()).get('form-action')).toEqual(["'self'"])
  })

  it('refuses a form endpoint that is not https', () => {
    expect(() => contentSecurityPolicy({formEndpoint: 'http://forms.example.com/f'})).toThrow(/must be an https:\/\/ address/)
    expect(() => contentSecurityPolicy({formEndpoint: 'forms.example.com'})).toThrow(/not an absolute URL/)
  })

  it('keeps every request on our own origin and the site out of frames', () => {
    const csp = parseCsp(contentSecurityPolicy())
    expect(csp.get('img-src')).toEqual(["'self'", 'data:'])
    expect(csp.get('font-src')).toEqual(["'self'"])
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(csp.get('connect-src')).toEqual(["'none'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'self'"])
  })

  it('sets referrer, sniffing, permissions and HSTS headers', () => {
    const headers = securityHeaders()
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains')
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'interest-cohort=()']) {
      expect(headers['Permissions-Policy']).toContain(feature)
    }
  })

  it('writes a _headers file with the headers for all pages and long caching for hashed files', () => {
    const file = netlifyHeadersFile({formEndpoint: endpoint})
    const blocks = file.trim().split('\n\n')
    expect(blocks.map((block) => block.split('\n')[0])).toEqual(['/*', '/_astro/*', '/media/*'])
    expect(blocks[0]).toContain(`  Content-Security-Policy: ${contentSecurityPolicy({formEndpoint: endpoint})}`)
    expect(blocks[0]).toContain('  X-Content-Type-Options: nosniff')
    expect(blocks[1]).toBe(`/_astro/*\n  Cache-Control: ${IMMUTABLE_CACHE_CONTROL}`)
    expect(file.endsWith('\n')).toBe(true)
  })

  it("describes the same headers for Vercel's Build Output API", () => {
    const {version, routes} = vercelOutputConfig({formEndpoint: endpoint})
    expect(version).toBe(3)
    expect(routes.map((route) => route.src)).toEqual(['/(.*)', '/_astro/(.*)', '/media/(.*)'])
    expect(routes[0]?.headers['Content-Security-Policy']).toBe(contentSecurityPolicy({formEndpoint: endpoint}))
    expect(routes[2]?.headers).toEqual({'Cache-Control': 'public, max-age=31536000, immutable'})
    expect(routes.every((route) => route.continue)).toBe(true)
  })
})
