import {describe, expect, it} from 'vitest'
import {schemaTypes} from '../schemas'
import {pathFor} from '../site/lib/pages/routes'
import {documentLocations, documentPath} from '../studio/presentation/locations'
import {publishedDocuments} from './support/seed'

const documentTypes = schemaTypes.filter((type) => type.type === 'document').map((type) => type.name)

describe('where the Presentation tool shows each document', () => {
  it('gives every document type at least one location on the site', () => {
    for (const type of documentTypes) expect(documentLocations({_type: type, slug: 'example'}).length, type).toBeGreaterThan(0)
  })

  it('puts every document with a page of its own at that page first', () => {
    const located = (doc: (typeof publishedDocuments)[number]) => ({
      _type: doc._type,
      slug: (doc.slug as {current?: string} | undefined)?.current,
      language: typeof doc.language === 'string' ? doc.language : undefined,
    })
    const withPages = publishedDocuments.filter((doc) => pathFor(located(doc)))
    expect(withPages.length).toBeGreaterThan(8)
    // Spanish documents included: their pages are under /es/.
    expect(withPages.filter((doc) => pathFor(located(doc))?.startsWith('/es/')).length).toBeGreaterThan(4)
    for (const doc of withPages) {
      const [first] = documentLocations({...located(doc), title: String(doc.title ?? '')})
      expect(first?.href, doc._id).toBe(pathFor(located(doc)))
      expect(documentPath(located(doc)), doc._id).toBe(first?.href)
    }
  })

  it('shows site-wide documents on the home page, and accreditations on their page', () => {
    expect(documentLocations({_type: 'siteSettings'}).map((location) => location.href)).toContain('/')
    expect(documentLocations({_type: 'accreditation', name: 'COCQ'})[0]?.href).toBe('/accreditations/')
    expect(documentPath({_type: 'faq'})).toBeUndefined()
  })
})
