// Holds the starter dataset to the content brief: plain language (grade 8 for education pages,
// grade 7 for FAQ answers), safe and person-first wording, crisis help beside every mention of
// suicide, honest insurance and review claims, and a clinic that is plainly fictional.
import {describe, expect, it} from 'vitest'
import {MEASURED_FIELDS, portableTextPassages, textWithPaths} from '../schemas/lib/documentText'
import {readingLevelFinding, wordingFindings} from '../schemas/lib/contentChecks'
import {readingLimit} from '../schemas/lib/readability'
import {reviewLabel} from '../schemas/lib/reviewLabel'
import type {LakeDocument as SeedDocument} from '../scripts/lake/types.ts'
import {contentDocuments, ofType, publishedDocuments} from './support/seed'

const allText = (doc: SeedDocument) => textWithPaths(doc).map((entry) => entry.text)
const datasetText = publishedDocuments.flatMap(allText).join('\n')
const person = (id: string | undefined) => ofType('person').find((doc) => doc._id === id)

describe('the starter dataset in plain language', () => {
  it('measures every education document and FAQ', () => {
    const measured = publishedDocuments.filter((doc) => MEASURED_FIELDS[doc._type])
    expect(measured.filter((doc) => doc._type === 'faq').length).toBeGreaterThanOrEqual(8)
    expect(measured.filter((doc) => doc._type !== 'faq').length).toBeGreaterThanOrEqual(10)
    expect(MEASURED_FIELDS.faq?.kind).toBe('faqAnswer')
    expect(MEASURED_FIELDS.condition?.kind).toBe('education')
    expect([readingLimit('en', 'education'), readingLimit('en', 'faqAnswer')]).toEqual([8, 7])
  })

  it('reads at US grade 8 or below on education pages and grade 7 or below in FAQ answers', () => {
    const tooHard = contentDocuments.flatMap((doc) => {
      const finding = readingLevelFinding(doc)
      return finding ? [`${doc._id}.${finding.path.join('.')}: ${finding.message}`] : []
    })
    expect(tooHard).toEqual([])
  })
})

describe('the starter dataset in safe, person-first words', () => {
  it('uses none of the phrases the safe-messaging and person-first guidance advise against', () => {
    const found = contentDocuments.flatMap((doc) =>
      wordingFindings(doc).map((finding) => `${doc._id}.${JSON.stringify(finding.path)}: ${finding.message}`),
    )
    expect(found).toEqual([])
  })

  it('puts crisis help in the same body as every mention of suicide', () => {
    // The get-help page renders its own crisis card beside its body (tests/site-build.test.ts), in
    // each language; the Spanish one's steps name the Spanish line too (tests/seed-translations.test.ts).
    const missing = publishedDocuments
      .filter((doc) => !['page-get-help', 'page-get-help-es'].includes(doc._id) && Array.isArray(doc.body))
      .filter((doc) => portableTextPassages(doc.body).some((passage) => /suicid/i.test(passage.text)))
      .filter(
        (doc) =>
          !(doc.body as {_type: string; tone?: string}[]).some((block) => block._type === 'callout' && block.tone === 'crisis'),
      )
      .map((doc) => doc._id)
    expect(missing).toEqual([])
  })

  it('tells family and friends the warning signs and what to do, with 988 and 911 in the steps', () => {
    const getHelp = portableTextPassages(ofType('page').find((doc) => doc._id === 'page-get-help')?.body)
      .map((passage) => passage.text)
      .join('\n')
    expect(getHelp).toMatch(/Worried about someone/)
    expect(getHelp).toMatch(/Are you thinking about suicide\?/)
    expect(getHelp).toMatch(/988/)
    expect(getHelp).toMatch(/911/)
  })
})

describe('the starter dataset, consistent and honest', () => {
  it('keeps every phone number in Springfield’s 217 area code and the fictional 555-0100 to 555-0199 range', () => {
    const hrefs = JSON.stringify(publishedDocuments).match(/tel:\+?\d+/g) ?? []
    const clinicLinks = hrefs.filter((href) => !['tel:988', 'tel:911'].includes(href))
    expect(clinicLinks.length).toBeGreaterThan(0)
    for (const href of clinicLinks) expect(href).toMatch(/^tel:\+121755501\d\d$/)
    const written = datasetText.match(/\(\d{3}\)\s*\d{3}-\d{4}/g) ?? []
    expect(written.length).toBeGreaterThan(0)
    for (const number of written) expect(number).toMatch(/^\(217\) 555-01\d\d$/)
  })

  it('has one psychiatrist, and states the group size in one place', () => {
    expect(datasetText).not.toMatch(/psychiatrists/i)
    expect(datasetText.match(/\b(?:up to|no more than|at most)\s+(?:ten|\d+)\s+people\b/gi)).toHaveLength(1)
  })

  it('makes no insurance claim it cannot back: named fictional plans, and Medicare only with its limits', () => {
    const [settings] = ofType('siteSettings')
    expect(datasetText).not.toMatch(/most major/i)
    expect(settings?.insurancePlans).not.toContain('Medicare')
    expect(String(settings?.insuranceStatement)).toMatch(/check your coverage/)
    const details = String(settings?.insuranceDetails)
    for (const setting of [
      'hospital outpatient departments',
      'community mental health centers',
      'federally qualified health centers',
      'rural health clinics',
    ])
      expect(details).toContain(setting)
  })

  it('labels each review by the reviewer’s credential: medical for the psychiatrist, clinical for the social worker', () => {
    for (const doc of ofType('person').filter((candidate) => candidate.isMedicalReviewer))
      expect(doc.reviewCredential, `${doc._id}.reviewCredential`).toBeTruthy()
    const labelOf = (id: string) => {
      const review = publishedDocuments.find((doc) => doc._id === id)?.medicalReview as {reviewer?: {_ref?: string}} | undefined
      return reviewLabel(person(review?.reviewer?._ref)?.reviewCredential as string | undefined)
    }
    expect(labelOf('condition-co-occurring')).toBe('Medically reviewed')
    for (const id of ['page-get-help', 'therapy-group', 'therapy-family']) expect(labelOf(id), id).toBe('Clinically reviewed')
  })

  it('says it is a sample: the switch is on, and every badge’s alt text calls it a sample', () => {
    expect(ofType('siteSettings')[0]?.sampleContent).toBe(true)
    for (const doc of ofType('accreditation'))
      expect((doc.badge as {alt?: string}).alt, `${doc._id}.badge.alt`).toMatch(/^Sample badge/)
  })

  it('covers the clinical points a clinical director asked for', () => {
    for (const fact of [
      /Marsha Linehan/,
      /borderline personality disorder/,
      /not bound by the privacy laws/,
      /the law says we must share.*the law lets us share/s,
      /42 CFR Part 2/,
      /naloxone/i,
      /benzodiazepines/,
      /Withdrawal care does not always mean a hospital stay/,
      /social anxiety, for example, one-on-one CBT tends to work better/,
    ])
      expect(datasetText).toMatch(fact)
    const levels = (ofType('program')[0]?.levelsOfCare as {name: string}[]).map((level) => level.name)
    expect(levels).toEqual(expect.arrayContaining(['Residential treatment', 'Inpatient care']))
  })
})
