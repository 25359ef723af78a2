import {renderToStaticMarkup} from 'react-dom/server'
import {createElement} from 'react'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {CRISIS_DEFAULTS} from '../schemas/lib/crisisLine'
import type {RichText} from '../site/lib/content/shapes'
import {RichTextView} from '../site/lib/pages/portableText/RichTextView'
import {createHeadingIds} from '../site/lib/pages/portableText/headingIds'

const crisis = {...CRISIS_DEFAULTS}
const block = (text: string, extra: Record<string, unknown> = {}) => ({
  _type: 'block',
  _key: Math.random().toString(36).slice(2),
  style: 'normal',
  markDefs: [],
  children: [{_type: 'span', _key: 's', text, marks: []}],
  ...extra,
})
const render = (value: unknown[], strict = false) =>
  renderToStaticMarkup(
    createElement(RichTextView, {value: value as RichText, crisis, language: 'en', strict, documentId: 'page-test'}),
  )

afterEach(() => vi.restoreAllMocks())

describe('rich text rendering', () => {
  it('escapes HTML and </script> typed into text, so it shows as text', () => {
    const html = render([block('<script>alert(1)</script> <b>bold?</b>')])
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('gives headings unique anchor ids', () => {
    const html = render([
      block('What to expect', {style: 'h2'}),
      block('What to expect', {style: 'h2'}),
      block('Día uno', {style: 'h3'}),
    ])
    expect(html).toContain('<h2 id="what-to-expect">')
    expect(html).toContain('<h2 id="what-to-expect-2">')
    expect(html).toContain('<h3 id="dia-uno">')
  })

  it('resolves internal links to routes and marks external ones', () => {
    const html = render([
      block('Read about DBT', {
        markDefs: [
          {_type: 'link', _key: 'a', linkType: 'internal', internal: {_type: 'therapy', slug: 'dialectical-behavior-therapy'}},
        ],
        children: [{_type: 'span', _key: 's', text: 'DBT', marks: ['a']}],
      }),
      block('Lifeline', {
        markDefs: [{_type: 'link', _key: 'b', linkType: 'external', href: 'https://988lifeline.org/'}],
        children: [{_type: 'span', _key: 's', text: 'Lifeline', marks: ['b']}],
      }),
    ])
    expect(html).toContain('<a href="/therapies/dialectical-behavior-therapy/">DBT</a>')
    expect(html).toMatch(
      /<a href="https:\/\/988lifeline.org\/" rel="noopener" class="external">Lifeline<span class="visually-hidden"> \(external site\)<\/span><\/a>/,
    )
  })

  it('adds the crisis line to a crisis callout', () => {
    const html = render([
      {_type: 'callout', _key: 'c', tone: 'crisis', title: 'If you are struggling', body: [block('You are not alone.')]},
    ])
    expect(html).toContain('href="tel:988"')
    expect(html).toContain('href="sms:988"')
    expect(html).toContain('href="tel:911"')
    expect(html).toContain('988lifeline.org')
  })

  it('renders figures with alt text, width and height', () => {
    const html = render([
      {
        _type: 'figure',
        _key: 'f',
        alt: 'Chairs in a circle',
        caption: 'Group room',
        asset: {
          _id: 'image-abc-1200x675-png',
          url: '/media/abc.png',
          extension: 'png',
          width: 1200,
          height: 675,
          variants: [
            {url: '/media/abc-480w.png', width: 480},
            {url: '/media/abc-1200w.png', width: 1200},
          ],
        },
      },
    ])
    expect(html).toMatch(/<img[^>]+alt="Chairs in a circle"/)
    expect(html).toMatch(/width="1200" height="675"/)
    expect(html).toMatch(/srcset="\/media\/abc-480w.png 480w, \/media\/abc-1200w.png 1200w"/i)
    expect(html).toContain('<figcaption>Group room</figcaption>')
  })

  it('fails loudly on an unknown block type in development', () => {
    expect(() => render([{_type: 'mysteryWidget', _key: 'm', secret: 'raw data'}], true)).toThrow(/page-test.*mysteryWidget/)
  })

  it('skips an unknown block type with a warning in production, never showing its data', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const html = render([block('Before'), {_type: 'mysteryWidget', _key: 'm', secret: 'raw data'}, block('After')])
    expect(html).not.toContain('raw data')
    expect(html).not.toContain('mysteryWidget')
    expect(html).toContain('Before')
    expect(html).toContain('After')
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/page-test.*mysteryWidget/))
  })
})

describe('heading ids', () => {
  it('numbers repeated headings', () => {
    const id = createHeadingIds()
    expect([id('FAQ'), id('FAQ'), id('faq')]).toEqual(['faq', 'faq-2', 'faq-3'])
  })
})
