// The Studio's side of the Spanish edition, without a browser: which document a translation comes
// from and when it is stale, the links between translated singletons, the templates per language,
// and the validation rules an editor meets (references in the same language, slugs per language,
// the language-assistance notices, the Spanish site settings without the facts).
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {languageMismatch, sameLanguageFilter} from '../schemas/lib/languageField'
import {NOTICE_LANGUAGES, noticeDirection, TRANSLATED_SETTINGS_FIELDS} from '../schemas/lib/languages'
import {translationSourceId, translationStatus} from '../schemas/lib/translationSource'
import {languageAssistanceProblem} from '../schemas/singletons/siteSettings'
import {singletonLinkMutations} from '../studio/languages/singletonLinks'
import {languageTemplates} from '../studio/languages/templates'
import {contentDocuments, seed} from './support/seed'
import {startStudioValidator, type StudioValidator} from './support/studioValidation'

const entry = (language: string, ref: string) => ({
  _key: `k-${language}`,
  _type: 'internationalizedArrayReferenceValue',
  language,
  value: {_type: 'reference', _ref: ref},
})
const metadata = {translations: [entry('en', 'condition-depression'), entry('es', 'condition-depression-es')]}

describe('the source of a translation', () => {
  it('is the English document linked by the same metadata, for the translation and its draft', () => {
    expect(translationSourceId(metadata, 'condition-depression-es')).toBe('condition-depression')
    expect(translationSourceId(metadata, 'drafts.condition-depression-es')).toBe('condition-depression')
  })
  it('is none for the English document itself, for a document not linked, and without metadata', () => {
    expect(translationSourceId(metadata, 'condition-depression')).toBeUndefined()
    expect(translationSourceId(metadata, 'condition-anxiety-es')).toBeUndefined()
    expect(translationSourceId(null, 'condition-depression-es')).toBeUndefined()
    expect(
      translationSourceId({translations: [entry('es', 'condition-depression-es')]}, 'condition-depression-es'),
    ).toBeUndefined()
  })
  it('makes a translation stale when the source changed after it, with the date of that change', () => {
    const source = {_id: 'condition-depression', _updatedAt: '2026-03-02T10:00:00Z'}
    expect(translationStatus(source, {_id: 'condition-depression-es', _updatedAt: '2026-03-01T10:00:00Z'})).toEqual({
      stale: true,
      sourceId: 'condition-depression',
      sourceUpdatedAt: '2026-03-02T10:00:00Z',
    })
    expect(translationStatus(source, {_id: 'condition-depression-es', _updatedAt: '2026-03-03T10:00:00Z'})).toEqual({
      stale: false,
    })
    expect(translationStatus(undefined, {_id: 'condition-depression-es', _updatedAt: '2026-03-03T10:00:00Z'})).toEqual({
      stale: false,
    })
  })
})

describe('translated singletons', () => {
  it('are linked to their English document in translation.metadata.<type>, created when missing', () => {
    const mutations = singletonLinkMutations('homePage', 'es', null)
    expect(mutations[0]).toMatchObject({
      createIfNotExists: {
        _id: 'translation.metadata.homePage',
        _type: 'translation.metadata',
        schemaTypes: ['homePage'],
        translations: [{language: 'en', value: {_ref: 'homePage'}}],
      },
    })
    expect(JSON.stringify(mutations)).toContain('"_ref":"homePage-es"')
    for (const key of JSON.stringify(mutations).match(/"_key":"([^"]*)"/g) ?? []) expect(key).toMatch(/"_key":"[0-9a-f]{12}"/)
  })
  it('are not linked twice', () => {
    const linked = {translations: [entry('en', 'homePage'), entry('es', 'homePage-es')]}
    expect(singletonLinkMutations('homePage', 'es', linked)).toEqual([])
  })
})

describe('templates and filters per language', () => {
  const templates = languageTemplates(
    [
      {id: 'condition', title: 'Condition', schemaType: 'condition', value: {}},
      {id: 'person', title: 'Person', schemaType: 'person', value: {}},
    ],
    (type) => (type === 'condition' ? 'Condition' : type),
  )
  it('replace a translatable type’s template with one per language that sets the language', () => {
    expect(templates.find((template) => template.id === 'condition')).toBeUndefined()
    expect(templates.find((template) => template.id === 'condition-es')).toMatchObject({
      title: 'Condition (Español)',
      schemaType: 'condition',
      value: {language: 'es'},
    })
    expect(templates.find((template) => template.id === 'person')).toBeDefined()
  })
  it('count documents without a language as English only', () => {
    expect(sameLanguageFilter('en').filter).toContain('!defined(language)')
    expect(sameLanguageFilter('es')).toEqual({filter: 'language == $language', params: {language: 'es'}})
  })
  it('explain a reference to another language, naming the field', () => {
    expect(languageMismatch('Therapies that help', 'es', 'en')).toBe(
      'Therapies that help: this document is in Español, but the one chosen is in English. Choose its Español translation.',
    )
    expect(languageMismatch('Therapies that help', 'es', null)).toMatch(/is in English/)
    expect(languageMismatch('Therapies that help', 'es', 'es')).toBeUndefined()
    expect(languageMismatch('Reviewed by', undefined, 'en')).toBeUndefined()
  })
})

describe('the language-assistance notices', () => {
  it('offer the languages US providers are most often asked to serve, with BCP 47 codes', () => {
    const ids = NOTICE_LANGUAGES.map((language) => language.id)
    for (const id of ['en', 'es', 'zh', 'vi', 'tl', 'ko', 'ru', 'ar', 'ht', 'fr', 'pt', 'pl']) expect(ids).toContain(id)
    // Each is a well-formed tag (Intl throws on one that is not); Tagalog keeps its own `tl`.
    for (const id of ids) expect(Intl.getCanonicalLocales(id)).toHaveLength(1)
    expect(new Set(ids).size).toBe(ids.length)
  })
  it('are written right to left where their script is: the footer sets dir for Arabic, Persian and Urdu', () => {
    expect(['ar', 'fa', 'ur'].map(noticeDirection)).toEqual(['rtl', 'rtl', 'rtl'])
    expect(['en', 'es', 'zh'].map(noticeDirection)).toEqual([undefined, undefined, undefined])
  })
  it('need English and Spanish, each once', () => {
    expect(languageAssistanceProblem([{language: 'en'}])).toBe(
      'Add a notice in Spanish: every page must say, in each language the site is published in, that language help is free.',
    )
    expect(languageAssistanceProblem(undefined)).toMatch(/^Add a notice in English and Spanish/)
    expect(languageAssistanceProblem([{language: 'en'}, {language: 'es'}, {language: 'es'}])).toBe(
      'There are two notices in Spanish. Keep one notice per language.',
    )
    expect(languageAssistanceProblem([{language: 'en'}, {language: 'es'}, {language: 'vi'}])).toBeUndefined()
  })
})

describe('the Studio’s rules on Spanish documents', () => {
  const english = contentDocuments.find((doc) => doc._id === 'condition-depression')
  const therapyEs = {
    ...contentDocuments.find((doc) => doc._id === 'therapy-cbt'),
    _id: 'therapy-cbt-es-test',
    language: 'es',
    slug: {_type: 'slug', current: 'terapia-cognitivo-conductual'},
  } as (typeof contentDocuments)[number]
  const spanish = {
    ...english,
    _id: 'condition-depression-es-test',
    language: 'es',
    title: 'Depresión',
    therapies: [
      {_type: 'reference', _key: 't1', _ref: 'therapy-cbt'},
      {_type: 'reference', _key: 't2', _ref: therapyEs._id},
    ],
    faqs: [],
  } as (typeof contentDocuments)[number]
  let validator: StudioValidator
  beforeAll(async () => {
    validator = await startStudioValidator([
      ...seed.documents,
      therapyEs,
      {...spanish, _id: 'condition-taken-es', slug: {_type: 'slug', current: 'ansiedad'}},
    ])
  })
  afterAll(() => validator.close())
  const errorsOf = async (doc: (typeof contentDocuments)[number]) =>
    (await validator.markersFor(doc))
      .filter((marker) => marker.level === 'error')
      .map((marker) => `${marker.where}: ${marker.message}`)

  it('refuse a reference or a link to an English document, naming the field, and accept the Spanish one', async () => {
    const errors = await errorsOf(spanish)
    expect(errors).toContain(
      'condition-depression-es-test.therapies.{"_key":"t1"}: Therapies that help: this document is in Español, but the one chosen is in English. Choose its Español translation.',
    )
    expect(errors.filter((error) => error.includes('"t2"'))).toEqual([])
    // The body, copied from English, still links to English pages.
    const links = errors.filter((error) => /\.body\..*\.internal: Link: this document is in Español/.test(error))
    expect(links.length).toBeGreaterThan(0)
    expect(errors).toHaveLength(1 + links.length)
  })

  it('let a Spanish document share its English source’s slug, but not another Spanish document’s', async () => {
    expect((spanish.slug as {current: string}).current).toBe((english?.slug as {current: string}).current)
    const clash = {...spanish, therapies: [], slug: {_type: 'slug', current: 'ansiedad'}} as (typeof contentDocuments)[number]
    expect((await errorsOf(clash)).join('\n')).toMatch(/slug: /)
  })

  it('accept Spanish site settings that hold only the translated fields', async () => {
    const settings = contentDocuments.find((doc) => doc._id === 'siteSettings') ?? {_id: 'missing', _type: 'siteSettings'}
    const translated = Object.fromEntries(
      Object.entries(settings).filter(
        ([key]) => key.startsWith('_') || (TRANSLATED_SETTINGS_FIELDS as readonly string[]).includes(key),
      ),
    )
    const inquiry = translated.inquiry as Record<string, unknown>
    const settingsEs = {
      ...translated,
      _id: 'siteSettings-es',
      _type: 'siteSettings',
      language: 'es',
      navigation: [],
      inquiry: {...inquiry, endpoint: undefined},
    } as (typeof contentDocuments)[number]
    expect(await errorsOf(settingsEs)).toEqual([])
    // The same document as English settings misses every fact.
    const asEnglish = {...settingsEs, _id: 'siteSettings-test', language: 'en'} as (typeof contentDocuments)[number]
    expect((await errorsOf(asEnglish)).join('\n')).toMatch(/siteSettings-test\.phone: /)
  })
})
