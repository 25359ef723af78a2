import {describe, expect, it} from 'vitest'
import {parseConfig} from '../site/lib/config/config'
import {ConfigError} from '../site/lib/config/envSchema'
import {hrefForLink, pathFor, telHref} from '../site/lib/pages/routes'
import {pageMeta, truncate} from '../site/lib/seo/pageMeta'

describe('routes', () => {
  it('gives every routed document a lowercase, readable path', () => {
    expect(pathFor({_type: 'condition', slug: 'depression'})).toBe('/conditions/depression/')
    expect(pathFor({_type: 'therapy', slug: 'cognitive-behavioral-therapy'})).toBe('/therapies/cognitive-behavioral-therapy/')
    expect(pathFor({_type: 'program', slug: 'intensive-outpatient-program'})).toBe('/programs/intensive-outpatient-program/')
    expect(pathFor({_type: 'page', slug: 'about'})).toBe('/about/')
    expect(pathFor({_type: 'page', slug: 'get-help'})).toBe('/get-help/')
    expect(pathFor({_type: 'homePage'})).toBe('/')
    expect(pathFor({_type: 'faq', slug: 'x'})).toBeUndefined()
  })

  it('links sections and external addresses', () => {
    expect(hrefForLink({linkType: 'section', section: 'conditions'})).toBe('/conditions/')
    expect(hrefForLink({linkType: 'external', href: 'mailto:care@example.com'})).toBe('mailto:care@example.com')
  })

  it('makes dialable tel: links from phone numbers as people write them', () => {
    expect(telHref('(312) 555-0142')).toBe('tel:+13125550142')
    expect(telHref('+44 20 7946 0000')).toBe('tel:+442079460000')
    expect(telHref('988')).toBe('tel:988')
    expect(telHref('911')).toBe('tel:911')
  })
})

describe('configuration', () => {
  it('defaults to the starter dataset with no variables set', () => {
    expect(parseConfig({})).toMatchObject({source: {kind: 'local', seedDir: 'studio/seed'}, siteUrl: 'https://www.example.com'})
  })

  it('switches to Sanity when a project id is set, with a pinned API version', () => {
    expect(parseConfig({SANITY_PROJECT_ID: 'abc123', SANITY_READ_TOKEN: 'secret'})).toMatchObject({
      source: {kind: 'sanity', projectId: 'abc123', dataset: 'production', apiVersion: '2025-02-19', token: 'secret'},
    })
    expect(parseConfig({SANITY_PROJECT_ID: 'abc123', CONTENT_SOURCE: 'local'}).source.kind).toBe('local')
  })

  it('names the variable that is wrong, in one sentence', () => {
    expect(() => parseConfig({SITE_URL: 'not a url'})).toThrow(ConfigError)
    expect(() => parseConfig({SITE_URL: 'not a url'})).toThrow(/^SITE_URL must be an absolute/)
    expect(() => parseConfig({SANITY_PROJECT_ID: 'Bad Id!'})).toThrow(/^SANITY_PROJECT_ID must contain only/)
    expect(() => parseConfig({CONTENT_SOURCE: 'ftp'})).toThrow(/^CONTENT_SOURCE must be "local" or "sanity"/)
    expect(() => parseConfig({CONTENT_SOURCE: 'sanity'})).toThrow(/^SANITY_PROJECT_ID is required/)
    expect(() => parseConfig({SANITY_STUDIO_URL: 'clinic.sanity.studio'})).toThrow(/^SANITY_STUDIO_URL must be an absolute/)
  })

  it('knows where editors open the Studio: the deployed host, or the local Studio', () => {
    expect(parseConfig({}).studioUrl).toBe('http://localhost:3333')
    expect(parseConfig({SANITY_STUDIO_HOST: 'harborlight'}).studioUrl).toBe('https://harborlight.sanity.studio')
    expect(parseConfig({SANITY_STUDIO_HOST: 'harborlight', SANITY_STUDIO_URL: 'https://cms.example.org/'}).studioUrl).toBe(
      'https://cms.example.org',
    )
  })
})

describe('page metadata', () => {
  it('cuts long descriptions at a word boundary', () => {
    const text = truncate('word '.repeat(60), 160)
    expect(text.length).toBeLessThanOrEqual(160)
    expect(text.endsWith('…')).toBe(true)
    expect(text).not.toMatch(/wor…$/)
  })

  it('adds the clinic name to titles and builds canonical URLs from the site URL', () => {
    const settings = {clinicName: 'Harborlight', defaultSeo: undefined} as Parameters<typeof pageMeta>[0]['settings']
    const meta = pageMeta({
      title: 'Depression',
      description: 'About it',
      settings,
      path: '/conditions/depression/',
      siteUrl: 'https://clinic.example.com',
    })
    expect(meta.title).toBe('Depression | Harborlight')
    expect(meta.canonical).toBe('https://clinic.example.com/conditions/depression/')
    const edited = pageMeta({
      title: 'Depression',
      seo: {title: 'Depression care in an IOP'},
      settings,
      path: '/x/',
      siteUrl: 'https://clinic.example.com',
    })
    expect(edited.title).toBe('Depression care in an IOP')
  })
})
