import {describe, expect, it} from 'vitest'
import {breadcrumbList, faqPage, medicalClinic, medicalWebPage, serializeJsonLd} from '../site/lib/seo/jsonld'
import {siteSettings} from '../site/lib/content/collections/siteSettings'
import {loadCollection} from './support/collections'

const [settings] = await loadCollection(siteSettings)
if (!settings) throw new Error('the starter dataset has no site settings')

describe('JSON-LD', () => {
  it('cannot be closed early by content: </script> and <!-- are escaped, and it still parses to the same data', () => {
    const data = {name: 'Evil </script><script>alert(1)</script> <!-- & \u2028'}
    const text = serializeJsonLd(data)
    expect(text).not.toMatch(/<\/script/i)
    expect(text).not.toContain('<!--')
    expect(JSON.parse(text)).toEqual(data)
  })

  it('describes the clinic with name, address, phone and opening hours', () => {
    const clinic = medicalClinic(settings, 'https://clinic.example.com')
    expect(clinic).toMatchObject({'@type': 'MedicalClinic', name: settings.clinicName, telephone: settings.phone})
    expect(clinic.address).toMatchObject({'@type': 'PostalAddress', postalCode: settings.address.postalCode})
    expect(clinic.openingHoursSpecification).toContainEqual(
      expect.objectContaining({dayOfWeek: expect.arrayContaining(['https://schema.org/Monday']), opens: '08:00'}),
    )
  })

  it('says who reviewed a medical page and when', () => {
    const page = medicalWebPage({
      url: 'https://clinic.example.com/conditions/depression/',
      name: 'Depression',
      description: 'About depression',
      about: {name: 'Depression', type: 'MedicalCondition'},
      review: {
        lastReviewed: '2026-05-01',
        reviewer: {_id: 'p', name: 'Maya Okafor', credentials: 'MD', role: 'Medical Director'},
      },
      dateModified: '2026-05-02T00:00:00Z',
      inLanguage: 'es-US',
    })
    expect(page).toMatchObject({
      '@type': 'MedicalWebPage',
      inLanguage: 'es-US',
      lastReviewed: '2026-05-01',
      about: {'@type': 'MedicalCondition', name: 'Depression'},
      reviewedBy: {'@type': 'Person', name: 'Maya Okafor', honorificSuffix: 'MD'},
    })
  })

  it('turns FAQ answers into plain text and numbers breadcrumbs from 1', () => {
    const faqs = faqPage(
      [
        {
          _id: 'f',
          question: 'Can I keep working?',
          language: 'en',
          answer: [{_type: 'block', _key: 'b', children: [{_type: 'span', text: 'Yes, most people do.'}]}],
        },
      ],
      'en-US',
    )
    expect(faqs).toMatchObject({
      inLanguage: 'en-US',
      mainEntity: [{name: 'Can I keep working?', acceptedAnswer: {text: 'Yes, most people do.'}}],
    })
    const crumbs = breadcrumbList(
      [
        {name: 'Home', path: '/'},
        {name: 'Conditions', path: '/conditions/'},
      ],
      'https://clinic.example.com',
    )
    expect(crumbs.itemListElement).toEqual([
      {'@type': 'ListItem', position: 1, name: 'Home', item: 'https://clinic.example.com/'},
      {'@type': 'ListItem', position: 2, name: 'Conditions', item: 'https://clinic.example.com/conditions/'},
    ])
  })
})
