// Click-to-edit info (stega) in the editors' preview: prose carries invisible edit links to the
// Studio; phone numbers, links, slugs, dates and choices stay exactly as written, so every
// document still passes validation and every tel: link still dials.
import {createClient} from '@sanity/client'
import {stegaClean, type ContentSourceMapParsedPath} from '@sanity/client/stega'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {contentCollections} from '../site/lib/content/collections'
import type {ContentCollection} from '../site/lib/content/collections/define'
import {fetchAll} from '../site/lib/content/syncRequests'
import {createSanitySource} from '../site/lib/content/sanitySource'
import type {ContentSource} from '../site/lib/content/source'
import {isProsePath} from '../site/lib/content/stegaFilter'
import {validateCollection} from '../site/lib/content/validate'
import {startContentLakeStandIn, type ContentLakeStandIn} from '../scripts/bench/contentLakeStandIn'
import {contentDocuments, seed} from './support/seed'
import {decodeStega, hasStega} from './support/stega'

const TOKEN = 'sk-stega-viewer-token-8b2d'
const STUDIO_URL = 'https://clinic-test.sanity.studio'
const key = (_key: string) => ({_key, _index: 0})

describe('which strings carry click-to-edit info', () => {
  it('keeps numbers, addresses, links, slugs, choices, alt text and <head> fields clean', () => {
    const clean: ContentSourceMapParsedPath[] = [
      ['phone'],
      ['email'],
      ['crisis', 'callNumber'],
      ['crisis', 'textNumber'],
      ['crisis', 'emergencyNumber'],
      ['crisis', 'chatUrl'],
      ['slug', 'current'],
      ['slug'],
      ['verificationUrl'],
      ['validUntil'],
      ['kind'],
      ['address', 'streetAddress'],
      ['address', 'addressCountry'],
      ['hours', key('h1'), 'days', 0],
      ['hours', key('h1'), 'opens'],
      ['ctas', key('c1'), 'style'],
      ['navigation', key('n1'), 'link', 'href'],
      ['seo', 'title'],
      ['defaultSeo', 'description'],
      ['image', 'alt'],
      ['abbreviation'],
      ['topic'],
    ]
    for (const path of clean) expect(isProsePath(path), JSON.stringify(path)).toBe(false)
  })

  it('marks the prose editors see on the page', () => {
    const prose: ContentSourceMapParsedPath[] = [
      ['title'],
      ['summary'],
      ['body', key('b1'), 'children', key('s1'), 'text'],
      ['signs', 2],
      ['crisis', 'heading'],
      ['navigation', key('n1'), 'label'],
      ['skills', key('k1'), 'summary'],
      ['question'],
    ]
    for (const path of prose) expect(isProsePath(path), JSON.stringify(path)).toBe(true)
  })
})

describe('draft content from Sanity with click-to-edit info (local Content Lake stand-in)', () => {
  let standIn: ContentLakeStandIn
  const sanity = () =>
    ({
      kind: 'sanity',
      projectId: 'standin1',
      dataset: 'production',
      apiVersion: '2025-02-19',
      apiHost: standIn.url,
      token: TOKEN,
    }) as const

  /** Every collection through the same validation as a preview request; throws on the first invalid one. */
  async function validatedCollections(source: ContentSource): Promise<Map<string, Record<string, unknown>[]>> {
    const collections = new Map<string, Record<string, unknown>[]>()
    for (const [name, collection] of Object.entries(contentCollections)) {
      const entries = validateCollection(collection as ContentCollection, await fetchAll(source, collection.query))
      collections.set(
        name,
        entries.map((entry) => entry.data as Record<string, unknown>),
      )
    }
    return collections
  }

  let content: Map<string, Record<string, unknown>[]>
  beforeAll(async () => {
    standIn = await startContentLakeStandIn({documents: seed.documents, requiredToken: TOKEN})
    content = await validatedCollections(createSanitySource(sanity(), 'drafts', {stega: {studioUrl: STUDIO_URL}}))
  })
  afterAll(() => standIn.close())

  const published = (id: string) => contentDocuments.find((doc) => doc._id === id) as Record<string, unknown>
  const draft = contentDocuments.find((doc) => doc._id === 'drafts.condition-anxiety') as Record<string, unknown>

  it('asks for a Content Source Map, and every document still passes validation', () => {
    expect(standIn.requests.length).toBeGreaterThan(0)
    expect(standIn.requests.every((request) => request.sourceMap && request.perspective === 'drafts')).toBe(true)
    expect(content.get('conditions')?.length).toBeGreaterThan(1)
  })

  it('hides an edit link to the Studio in the draft title, and shows the title unchanged', () => {
    const anxiety = content.get('conditions')?.find((doc) => doc._id === 'condition-anxiety')
    const title = String(anxiety?.title)
    expect(stegaClean(title)).toBe(draft.title)
    const edit = decodeStega(title)
    expect(edit?.origin).toBe('sanity.io')
    expect(edit?.href).toMatch(new RegExp(`^${STUDIO_URL}/intent/edit/.*id=condition-anxiety;.*type=condition;.*path=title`))
  })

  it('keeps phone numbers, e-mail, links, slugs and dates exactly as written', () => {
    const [settings] = content.get('siteSettings') ?? []
    const source = published('siteSettings')
    const crisis = source.crisis as Record<string, string>
    expect(settings?.phone).toBe(source.phone)
    expect(settings?.email).toBe(source.email)
    expect(settings?.crisis).toMatchObject({
      callNumber: crisis.callNumber,
      textNumber: crisis.textNumber,
      emergencyNumber: crisis.emergencyNumber,
      chatUrl: crisis.chatUrl,
    })
    expect(hasStega(String((settings?.crisis as Record<string, string>).heading))).toBe(true)
    for (const condition of content.get('conditions') ?? []) {
      const id = String(condition._id)
      const original = (contentDocuments.find((doc) => doc._id === `drafts.${id}`) ?? published(id)) as Record<string, unknown>
      expect(condition.slug, id).toBe((original.slug as {current: string}).current)
      expect((condition.medicalReview as {lastReviewed: string}).lastReviewed, id).toBe(
        (original.medicalReview as {lastReviewed: string}).lastReviewed,
      )
    }
    for (const accreditation of content.get('accreditations') ?? []) {
      const original = published(String(accreditation._id))
      expect(accreditation.verificationUrl).toBe(original.verificationUrl)
      expect(accreditation.kind).toBe(original.kind)
      expect(accreditation.validFrom).toBe(original.validFrom)
    }
  })

  it("is needed: Sanity's default rules alone would put edit info into phone numbers and fail validation", async () => {
    const client = createClient({
      ...sanity(),
      useProjectHostname: false,
      useCdn: false,
      perspective: 'drafts',
      stega: {enabled: true, studioUrl: STUDIO_URL},
    })
    const unfiltered: ContentSource = {
      label: 'unfiltered',
      scalesImages: false,
      fetch: (query, params) => client.fetch(query, params ?? {}),
      revision: async () => undefined,
      imageBytes: () => Promise.reject(new Error('not used')),
    }
    await expect(validatedCollections(unfiltered)).rejects.toThrow(/siteSettings.*field "crisis\.callNumber": Use only digits/)
  })
})
