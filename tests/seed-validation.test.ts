// Runs the Studio's own validation rules (the schema in schemas/, through Sanity's validator) over
// every document of the starter dataset. Custom rules that query the dataset (unique slugs) talk
// to the local Content Lake stand-in, so the real rule code runs, offline.
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {contentDocuments, seed} from './support/seed'
import {startStudioValidator, type StudioValidator} from './support/studioValidation'

/**
 * Warnings that remain on purpose, by document id and field path, each with the reason it is fine.
 * Every other warning fails the test, and so does an entry here that no longer matches.
 */
const ACCEPTED_WARNINGS: Record<string, string> = {}

let validator: StudioValidator
beforeAll(async () => {
  validator = await startStudioValidator(seed.documents)
})
afterAll(() => validator.close())

const markersFor = (document: (typeof contentDocuments)[number]) => validator.markersFor(document)

describe('the starter dataset under the Studio validation rules', () => {
  it('has no validation errors in any document', {timeout: 60_000}, async () => {
    const markers = (await Promise.all(contentDocuments.map(markersFor))).flat()
    const errors = markers.filter((marker) => marker.level === 'error').map((marker) => `${marker.where}: ${marker.message}`)
    expect(errors).toEqual([])
    const warnings = markers.filter((marker) => marker.level === 'warning').map((marker) => marker.where)
    expect(warnings.sort()).toEqual(Object.keys(ACCEPTED_WARNINGS).sort())
  })

  it('queries the dataset for slug uniqueness, so that rule really ran', async () => {
    expect(validator.standIn.requests.some((request) => request.query.includes('slug.current == $slug'))).toBe(true)
  })
})

describe('the validation rules catch what editors get wrong', () => {
  const base = {
    _id: 'condition-test',
    _type: 'condition',
    _createdAt: '2026-01-01T00:00:00Z',
    _updatedAt: '2026-01-01T00:00:00Z',
    _rev: 'x',
  }
  it('rejects a javascript: link, a missing alt text, a future review date and an uppercase slug', async () => {
    const broken = {
      ...base,
      title: 'Test condition',
      slug: {_type: 'slug', current: 'Test Condition'},
      summary: 'A summary.',
      signs: ['one', 'two', 'three'],
      body: [
        {
          _type: 'block',
          _key: 'b1',
          style: 'normal',
          markDefs: [{_type: 'link', _key: 'l1', linkType: 'external', href: 'javascript:alert(1)'}],
          children: [{_type: 'span', _key: 's1', text: 'click', marks: ['l1']}],
        },
        {_type: 'figure', _key: 'f1', asset: {_type: 'reference', _ref: 'image-abc-10x10-png'}, decorative: false},
      ],
      medicalReview: {_type: 'medicalReview', reviewer: {_type: 'reference', _ref: 'person-x'}, lastReviewed: '2999-01-01'},
    }
    const messages = (await markersFor(broken))
      .filter((marker) => marker.level === 'error')
      .map((marker) => `${marker.where}: ${marker.message}`)
    expect(messages.join('\n')).toMatch(/body.*l1.*href: Use a link that starts with https:\/\/, mailto: or tel:/)
    expect(messages.join('\n')).toMatch(/body.*f1.*alt: Describe the image, or mark it as decorative/)
    expect(messages.join('\n')).toMatch(/medicalReview.lastReviewed: The review date cannot be in the future/)
    expect(messages.join('\n')).toMatch(/slug: Use lowercase letters, numbers and single dashes only/)
  })

  it('rejects a slug another document of the same type already uses', async () => {
    const taken = contentDocuments.find((doc) => doc._type === 'condition' && !doc._id.startsWith('drafts.'))
    const slug = (taken?.slug as {current?: string} | undefined)?.current
    expect(slug).toBeTruthy()
    const duplicate = {...taken, _id: 'condition-duplicate'} as (typeof contentDocuments)[number]
    const messages = (await markersFor(duplicate))
      .filter((marker) => marker.level === 'error')
      .map((marker) => `${marker.where}: ${marker.message}`)
    expect(messages.join('\n')).toMatch(/slug: .*already in use|slug: .*unique|slug: Slug is already in use/i)
  })

  it('rejects an accreditation that expires before it starts', async () => {
    const accreditation = contentDocuments.find((doc) => doc._type === 'accreditation')
    const reversed = {...accreditation, validFrom: '2027-01-01', validUntil: '2026-01-01'} as (typeof contentDocuments)[number]
    const messages = (await markersFor(reversed)).map((marker) => `${marker.where}: ${marker.message}`)
    expect(messages.join('\n')).toMatch(/validUntil: "Valid until" must be after "Valid from"/)
  })

  it('warns on the body of an education page above grade 8, naming its longest sentence', async () => {
    const therapy = contentDocuments.find((doc) => doc._id === 'therapy-cbt')
    const long =
      'Notwithstanding considerable heterogeneity in methodological approaches, contemporary investigations consistently ' +
      'demonstrate that structured psychotherapeutic interventions substantially ameliorate symptomatology.'
    const hard = {
      ...therapy,
      body: [
        {
          _type: 'block',
          _key: 'hard',
          style: 'normal',
          markDefs: [],
          children: [{_type: 'span', _key: 's', text: long, marks: []}],
        },
      ],
    } as (typeof contentDocuments)[number]
    const warnings = (await markersFor(hard)).filter((marker) => marker.level === 'warning')
    expect(warnings.map((marker) => marker.where)).toEqual(['therapy-cbt.body'])
    expect(warnings[0]?.message).toMatch(/^Reads at US grade \d+(\.\d)?; aim for 8 or lower\./)
    expect(warnings[0]?.message).toContain('"Notwithstanding considerable heterogeneity')
    expect(warnings[0]?.message).toContain('(17 words)')
  })

  it('warns on wording the safe-messaging guidance advises against, where it is, with the better words', async () => {
    const faq = contentDocuments.find((doc) => doc._id === 'faq-crisis')
    const unsafe = {
      ...faq,
      question: 'What if someone I love suffers from depression?',
      answer: [
        {
          _type: 'block',
          _key: 'a1',
          style: 'normal',
          markDefs: [],
          children: [{_type: 'span', _key: 's', text: 'Call us.', marks: []}],
        },
        {
          _type: 'block',
          _key: 'a2',
          style: 'normal',
          markDefs: [],
          children: [{_type: 'span', _key: 's', text: 'Her uncle committed suicide.', marks: []}],
        },
      ],
    } as (typeof contentDocuments)[number]
    const warnings = (await markersFor(unsafe)).filter((marker) => marker.level === 'warning')
    expect(warnings.map((marker) => marker.where).sort()).toEqual(['faq-crisis.answer.{"_key":"a2"}', 'faq-crisis.question'])
    expect(warnings.map((marker) => marker.message).join('\n')).toMatch(/avoid "committed suicide"\. Write "died by suicide"/)
    expect(warnings.map((marker) => marker.message).join('\n')).toMatch(/avoid "suffers from"\. Write "has", "lives with"/)
    expect(warnings.some((marker) => marker.level === 'error')).toBe(false)
  })

  it('asks for the credential of a reviewer, which decides "medically" or "clinically reviewed"', async () => {
    const reviewer = contentDocuments.find((doc) => doc._id === 'person-daniel-reyes')
    const {reviewCredential: _credential, ...withoutCredential} = reviewer ?? {_id: 'missing', _type: 'person'}
    const messages = (await markersFor(withoutCredential as (typeof contentDocuments)[number])).map(
      (marker) => `${marker.level} ${marker.where}: ${marker.message}`,
    )
    expect(messages.join('\n')).toMatch(/error person-daniel-reyes\.reviewCredential: Choose the credential/)
  })

  it('rejects site settings without the crisis line', async () => {
    const settings = contentDocuments.find((doc) => doc._id === 'siteSettings')
    const withoutCrisis = {...settings, crisis: {_type: 'crisisResources', heading: 'Help'}} as (typeof contentDocuments)[number]
    const messages = (await markersFor(withoutCrisis)).map((marker) => `${marker.where}: ${marker.message}`)
    expect(messages.join('\n')).toMatch(/crisis.callNumber: The crisis line number is required/)
    expect(messages.join('\n')).toMatch(/crisis.emergencyNumber: The emergency number is required/)
  })
})
