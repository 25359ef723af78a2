// Holds the Spanish edition of the starter dataset to the shared contract (docs: the lead's notes,
// schemas/lib/languages.ts): a language on every translatable document, one translation.metadata
// document per pair in the shape @sanity/document-internationalization writes, references that stay
// in their language, exactly one deliberately stale translation, Spanish crisis help wherever the
// Spanish content mentions suicide, and plain Spanish measured on the Spanish scale.
import {describe, expect, it} from 'vitest'
import {portableTextPassages, textWithPaths} from '../schemas/lib/documentText'
import {readingLevelFinding} from '../schemas/lib/contentChecks'
import {
  DEFAULT_LANGUAGE,
  isTranslatableType,
  singletonId,
  TRANSLATED_SETTINGS_FIELDS,
  translationIsStale,
} from '../schemas/lib/languages'
import {inquirySettingsType} from '../schemas/objects/inquirySettings'
import {readability} from '../schemas/lib/readability'
import type {LakeDocument as SeedDocument} from '../scripts/lake/types.ts'
import {isDraftId, ofType, publishedDocuments, referencesIn, seed, translationMetadata} from './support/seed'

type HiddenRule = (context: {document?: unknown}) => unknown

const spanish = publishedDocuments.filter((doc) => doc.language === 'es')
const byId = new Map(seed.documents.map((doc) => [doc._id, doc]))
const sourceIdOf = (doc: SeedDocument) => doc._id.replace(/-es$/, '')
const sourceOf = (doc: SeedDocument) => byId.get(sourceIdOf(doc))

interface MetadataEntry {
  _key: string
  _type: string
  language: string
  value: {_type: string; _ref: string; _weak?: boolean}
}

describe('the Spanish starter content', () => {
  it('covers the brief: home, settings, the program, get help, three conditions, CBT and DBT, privacy and eight FAQs', () => {
    const ids = spanish.map((doc) => doc._id)
    for (const id of [
      'homePage-es',
      'siteSettings-es',
      'program-iop-es',
      'page-get-help-es',
      'page-privacy-es',
      'page-about-es',
      'condition-depression-es',
      'condition-anxiety-es',
      'condition-co-occurring-es',
      'therapy-cbt-es',
      'therapy-dbt-es',
      'therapy-group-es',
      'therapy-family-es',
    ])
      expect(ids, id).toContain(id)
    expect(spanish.filter((doc) => doc._type === 'faq').length).toBeGreaterThanOrEqual(8)
    const dbt = spanish.find((doc) => doc._id === 'therapy-dbt-es')
    expect((dbt?.skills as {name: string}[]).map((skill) => skill.name)).toEqual([
      'Atención plena',
      'Tolerancia al malestar',
      'Regulación emocional',
      'Efectividad interpersonal',
    ])
  })

  it('uses Spanish slugs in lowercase ASCII: ayuda for get help and privacidad for the privacy notice', () => {
    const slugOf = (id: string) => (byId.get(id)?.slug as {current?: string} | undefined)?.current
    expect(slugOf('page-get-help-es')).toBe('ayuda')
    expect(slugOf('page-privacy-es')).toBe('privacidad')
    expect(slugOf('condition-depression-es')).toBe('depresion')
    for (const doc of spanish.filter((candidate) => candidate.slug)) {
      const slug = (doc.slug as {current?: string}).current ?? ''
      expect(slug, doc._id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(slug, `${doc._id} has its own slug`).not.toBe((sourceOf(doc)?.slug as {current?: string} | undefined)?.current)
    }
  })

  it('mirrors each English document: the same fields, and as many signs, steps, skills, levels and FAQs', () => {
    const fields = (doc: SeedDocument | undefined) =>
      Object.keys(doc ?? {})
        .filter((key) => !key.startsWith('_'))
        .sort()
    const counted = ['signs', 'skills', 'levelsOfCare', 'weekSchedule', 'benefits', 'whoItSuits', 'highlights', 'faqs']
    for (const doc of spanish.filter((candidate) => candidate._type !== 'siteSettings')) {
      const source = sourceOf(doc)
      expect(fields(doc), doc._id).toEqual(fields(source))
      for (const field of counted.filter((name) => Array.isArray(doc[name])))
        expect((doc[field] as unknown[]).length, `${doc._id}.${field}`).toBe((source?.[field] as unknown[]).length)
      if (doc._type === 'faq') expect([doc.topic, doc.order], doc._id).toEqual([source?.topic, source?.order])
    }
  })

  it('gives every translatable document a language, and shared people and accreditations none', () => {
    for (const doc of seed.documents.filter((candidate) => !candidate._type.startsWith('sanity.'))) {
      if (isTranslatableType(doc._type)) expect(['en', 'es'], `${doc._id}.language`).toContain(doc.language)
      else expect(doc.language, `${doc._id}.language`).toBeUndefined()
    }
  })

  it('names each translation after its English source, of the same type; singletons by singletonId', () => {
    for (const doc of spanish) {
      expect(doc._id, doc._id).toMatch(/-es$/)
      const source = sourceOf(doc)
      expect(source?.language, `${doc._id}: English source`).toBe(DEFAULT_LANGUAGE)
      expect(source?._type, `${doc._id}: same type as its source`).toBe(doc._type)
    }
    for (const type of ['homePage', 'siteSettings']) expect(byId.has(singletonId(type, 'es')), type).toBe(true)
  })
})

describe('the links between translations', () => {
  it('has one translation.metadata document per translation, in the shape the plugin writes', () => {
    expect(translationMetadata.map((doc) => doc._id).sort()).toEqual(
      spanish.map((doc) => `translation.metadata.${sourceIdOf(doc)}`).sort(),
    )
    for (const metadata of translationMetadata) {
      const englishId = metadata._id.replace(/^translation\.metadata\./, '')
      const english = byId.get(englishId)
      expect(english?.language, `${metadata._id}: links an English document`).toBe('en')
      expect(metadata.schemaTypes, metadata._id).toEqual([english?._type])
      const entries = metadata.translations as MetadataEntry[]
      expect(entries.map((entry) => entry.language)).toEqual(['en', 'es'])
      for (const entry of entries) {
        expect(entry._key, metadata._id).toMatch(/^[0-9a-f]{12}$/)
        expect(entry._type).toBe('internationalizedArrayReferenceValue')
        expect(entry.value).toEqual({_type: 'reference', _ref: entry.language === 'en' ? englishId : `${englishId}-es`})
        const target = byId.get(entry.value._ref)
        expect(target?.language, `${metadata._id} -> ${entry.value._ref}`).toBe(entry.language)
        expect(target?._type, `${metadata._id} -> ${entry.value._ref}`).toBe(english?._type)
      }
    }
  })

  it('keeps references in their language: Spanish documents point to Spanish ones, English never to Spanish', () => {
    const crossing = publishedDocuments.flatMap((doc) =>
      referencesIn(doc).flatMap(({ref, path}) => {
        const target = byId.get(ref)
        if (!target || !isTranslatableType(target._type)) return []
        const expected = doc.language === 'es' ? 'es' : 'en'
        return target.language === expected ? [] : [`${doc._id}.${path} -> ${ref} (${String(target.language)})`]
      }),
    )
    expect(crossing).toEqual([])
  })

  it('shares people and images with the English documents', () => {
    for (const doc of spanish.filter((candidate) => candidate.medicalReview)) {
      const reviewer = (doc.medicalReview as {reviewer?: {_ref?: string}}).reviewer?._ref
      expect(reviewer, doc._id).toBe((sourceOf(doc)?.medicalReview as {reviewer?: {_ref?: string}}).reviewer?._ref)
      expect(byId.get(reviewer ?? '')?._type).toBe('person')
    }
    const imageOf = (doc: SeedDocument | undefined) => (doc?.image as {asset?: {_ref?: string}} | undefined)?.asset?._ref
    expect(imageOf(byId.get('homePage-es'))).toBe(imageOf(byId.get('homePage')))
  })

  it('has exactly one stale translation, the one the starter README names: its English source changed later', () => {
    const stale = spanish.filter((doc) => {
      const source = sourceOf(doc)
      return (
        source !== undefined &&
        translationIsStale(source as unknown as {_updatedAt: string}, doc as unknown as {_updatedAt: string})
      )
    })
    expect(stale.map((doc) => doc._id)).toEqual(['faq-keep-working-es'])
  })
})

describe('the Spanish site settings', () => {
  it('hold only the translated fields, with the inquiry form’s words but not its endpoint', () => {
    const settings = byId.get('siteSettings-es')
    const fields = Object.keys(settings ?? {}).filter((key) => !key.startsWith('_') && key !== 'language')
    expect(fields.sort()).toEqual([...TRANSLATED_SETTINGS_FIELDS].sort())
    const inquiry = settings?.inquiry as Record<string, unknown>
    // The facts the schema keeps in the English settings: hidden on a translation.
    const hiddenOnTranslation = (field: object) =>
      'hidden' in field && typeof field.hidden === 'function' && (field.hidden as HiddenRule)({document: settings}) === true
    const facts = inquirySettingsType.fields.filter(hiddenOnTranslation)
    expect(facts.map((field) => field.name)).toContain('endpoint')
    for (const {name} of facts) expect(inquiry[name], `inquiry.${name}`).toBeUndefined()
    expect(inquiry.consentText).toMatch(/Harborlight Behavioral Health/)
  })

  it('link the navigation to Spanish documents and to sections', () => {
    const navigation = byId.get('siteSettings-es')?.navigation as {link: {linkType: string; internal?: {_ref: string}}}[]
    expect(navigation.length).toBeGreaterThanOrEqual(3)
    for (const item of navigation.filter((entry) => entry.link.linkType === 'internal'))
      expect(byId.get(item.link.internal?._ref ?? '')?.language).toBe('es')
  })

  it('leave the language-assistance notices, one per language in its own language, on the English settings', () => {
    const notices = byId.get('siteSettings')?.languageAssistance as {
      _type: string
      _key: string
      language: string
      text: string
    }[]
    expect(notices.map((notice) => [notice._type, notice.language])).toEqual([
      ['languageNotice', 'en'],
      ['languageNotice', 'es'],
    ])
    expect(notices[0]?.text).toMatch(/language help .* no cost/i)
    expect(notices[1]?.text).toMatch(/ayuda gratis con el idioma/i)
    for (const notice of notices) expect(notice.text).toContain('(217) 555-0142')
    expect(byId.get('siteSettings-es')?.languageAssistance).toBeUndefined()
  })
})

describe('the Spanish starter content, safe and plain', () => {
  const text = (doc: SeedDocument) =>
    textWithPaths(doc)
      .map((entry) => entry.text)
      .join('\n')

  it('gives Spanish crisis help wherever it mentions suicide: 988 and press 2, text AYUDA, chat, 911', () => {
    const mentions = spanish.filter((doc) => /suicid/i.test(text(doc)))
    expect(mentions.map((doc) => doc._id)).toEqual(
      expect.arrayContaining(['condition-depression-es', 'therapy-dbt-es', 'faq-crisis-es', 'page-get-help-es']),
    )
    for (const doc of mentions) {
      const words = text(doc)
      for (const fact of [/988\W+y marque(n)? 2/, /AYUDA .*al 988/, /988lineadevida\.org/, /911/])
        expect(words, `${doc._id}: ${String(fact)}`).toMatch(fact)
      const links = JSON.stringify(doc)
      expect(links, `${doc._id}: chat link`).toContain('https://988lineadevida.org/')
    }
  })

  it('puts the Spanish crisis line in a crisis callout on education pages that mention suicide', () => {
    for (const doc of spanish.filter((candidate) => candidate._type !== 'page' && Array.isArray(candidate.body))) {
      const mentions = portableTextPassages(doc.body).some((passage) => /suicid/i.test(passage.text))
      if (!mentions) continue
      const callouts = (doc.body as {_type: string; tone?: string; body?: unknown}[]).filter(
        (block) => block._type === 'callout' && block.tone === 'crisis',
      )
      expect(callouts.length, doc._id).toBe(1)
      expect(
        portableTextPassages(callouts[0]?.body)
          .map((passage) => passage.text)
          .join(' '),
        doc._id,
      ).toMatch(/marque 2/)
    }
  })

  it('measures Spanish pages on the Spanish scale, and each reads as "normal" or easier', () => {
    const measured = spanish.filter((doc) => ['homePage', 'program', 'condition', 'therapy', 'page', 'faq'].includes(doc._type))
    expect(measured.length).toBeGreaterThanOrEqual(18)
    for (const doc of measured) {
      const field = doc._type === 'faq' ? 'answer' : 'body'
      const result = readability(
        portableTextPassages(doc[field]).map((passage) => passage.text),
        'es',
      )
      expect(result?.band, doc._id).toMatch(/^(normal|bastante fácil|muy fácil)$/)
      expect(readingLevelFinding(doc), doc._id).toBeUndefined()
    }
  })

  it('writes to the reader as "usted", never as "tú", outside a quoted question to a friend', () => {
    const informal = /(?<!\p{L})(?:tú|tienes|puedes|quieres|necesitas|sientes|escríbenos|contáctanos)(?!\p{L})/iu
    for (const doc of spanish) {
      const passages = textWithPaths(doc).map((entry) => entry.text.replace(/"[^"]*"/g, ''))
      expect(
        passages.filter((passage) => informal.test(passage)),
        doc._id,
      ).toEqual([])
    }
  })

  it('keeps the starter draft in English only', () => {
    expect(seed.documents.filter((doc) => isDraftId(doc._id) && doc.language === 'es')).toEqual([])
    expect(ofType('faq').filter((doc) => doc.language === 'es').length).toBe(10)
  })
})
