import {existsSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {SINGLETON_TYPES} from '../schemas'
import {LANGUAGE_IDS, singletonId} from '../schemas/lib/languages'
import {contentDocuments, isDraftId, ofType, publishedDocuments, referencesIn, seed} from './support/seed'

const EDUCATION_TYPES = ['program', 'condition', 'therapy']
const today = new Date().toISOString().slice(0, 10)

describe('the starter dataset', () => {
  it('resolves every reference to a published document', () => {
    const ids = new Set(seed.documents.filter((doc) => !isDraftId(doc._id)).map((doc) => doc._id))
    const dangling = contentDocuments.flatMap((doc) =>
      referencesIn(doc)
        .filter(({ref}) => !ids.has(ref))
        .map(({ref, path}) => `${doc._id}.${path} -> ${ref}`),
    )
    expect(dangling).toEqual([])
  })

  it('has an asset file for every image it uses', () => {
    const missing = [...seed.assetFiles.entries()].filter(([, file]) => !existsSync(file)).map(([id]) => id)
    expect(seed.assetFiles.size).toBeGreaterThan(0)
    expect(missing).toEqual([])
  })

  it('uses each slug once per document type', () => {
    const seen = new Map<string, string>()
    const duplicates: string[] = []
    for (const doc of publishedDocuments) {
      const slug = (doc.slug as {current?: string} | undefined)?.current
      if (!slug) continue
      const key = `${doc._type}/${slug}`
      if (seen.has(key)) duplicates.push(`${key}: ${seen.get(key)} and ${doc._id}`)
      seen.set(key, doc._id)
    }
    expect(seen.size).toBeGreaterThan(5)
    expect(duplicates).toEqual([])
  })

  it('holds each singleton exactly once per language, under its own id', () => {
    for (const type of SINGLETON_TYPES) {
      expect(
        ofType(type)
          .map((doc) => doc._id)
          .sort(),
      ).toEqual(LANGUAGE_IDS.map((language) => singletonId(type, language)).sort())
    }
  })

  it('covers the brief: conditions, CBT and DBT with four skill areas, accreditations, FAQs, people', () => {
    expect(ofType('condition').length).toBeGreaterThanOrEqual(3)
    const therapyTitles = ofType('therapy').map((doc) => String(doc.title))
    expect(therapyTitles.some((title) => /Cognitive Behavioral Therapy/.test(title))).toBe(true)
    const dbt = ofType('therapy').find((doc) => /Dialectical Behavior Therapy/.test(String(doc.title)))
    const skills = ((dbt?.skills ?? []) as {name: string; summary: string}[]).map((skill) => skill.name.toLowerCase())
    expect(skills).toEqual(['mindfulness', 'distress tolerance', 'emotion regulation', 'interpersonal effectiveness'])
    expect(ofType('faq').length).toBeGreaterThanOrEqual(8)
    expect(ofType('person').length).toBeGreaterThanOrEqual(2)
    expect(ofType('program').some((doc) => doc.shortName === 'IOP')).toBe(true)
  })

  it('has four or more accreditations of several kinds, exactly one of them expired', () => {
    const accreditations = ofType('accreditation')
    expect(accreditations.length).toBeGreaterThanOrEqual(4)
    expect(new Set(accreditations.map((doc) => doc.kind)).size).toBeGreaterThanOrEqual(3)
    const expired = accreditations.filter((doc) => typeof doc.validUntil === 'string' && doc.validUntil < today)
    expect(expired).toHaveLength(1)
  })

  it('gives every education document a medical reviewer and a past review date', () => {
    const reviewers = new Set(
      ofType('person')
        .filter((doc) => doc.isMedicalReviewer)
        .map((doc) => doc._id),
    )
    for (const doc of publishedDocuments.filter((candidate) => EDUCATION_TYPES.includes(candidate._type))) {
      const review = doc.medicalReview as {reviewer?: {_ref?: string}; lastReviewed?: string} | undefined
      expect(reviewers.has(review?.reviewer?._ref ?? ''), `${doc._id}.medicalReview.reviewer`).toBe(true)
      expect(review?.lastReviewed && review.lastReviewed <= today, `${doc._id}.medicalReview.lastReviewed`).toBe(true)
    }
  })

  it('has one draft of a published document, with a visibly different title', () => {
    const drafts = contentDocuments.filter((doc) => isDraftId(doc._id))
    expect(drafts).toHaveLength(1)
    const [draft] = drafts
    const published = publishedDocuments.find((doc) => doc._id === draft?._id.replace(/^drafts\./, ''))
    expect(published).toBeDefined()
    expect(draft?.title).not.toEqual(published?.title)
  })

  it('keeps the clinic fictional: 555-01xx phone numbers and example domains', () => {
    const settings = ofType('siteSettings')[0]
    expect(String(settings?.phone).replace(/\D/g, '')).toMatch(/55501\d\d$/)
    expect(String(settings?.email)).toMatch(/@example\.(com|org)$/)
    for (const doc of ofType('accreditation'))
      expect(String(doc.verificationUrl)).toMatch(/^https:\/\/(www\.)?example\.(org|com)\//)
  })
})
