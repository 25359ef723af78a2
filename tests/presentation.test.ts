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
    const withPages = publishedDocuments.filter((doc) =>
      pathFor({_type: doc._type, slug: (doc.slug as {current?: string} | undefined)?.current}),
    )
    expect(withPages.length).toBeGreaterThan(8)
    for (const doc of withPages) {
      const slug = (doc.slug as {current?: string} | undefined)?.current
      const [first] = documentLocations({_type: doc._type, title: String(doc.title ?? ''), slug})
      expect(first?.href, doc._id).toBe(pathFor({_type: doc._type, slug}))
      expect(documentPath({_type: doc._type, slug}), doc._id).toBe(first?.href)
    }
  })

  it('shows site-wide documents on the home page, and accreditations on their page', () => {
    expect(documentLocations({_type: 'siteSettings'}).map((location) => location.href)).toContain('/')
    expect(documentLocations({_type: 'accreditation', name: 'COCQ'})[0]?.href).toBe('/accreditations/')
    expect(documentPath({_type: 'faq'})).toBeUndefined()
  })
})
