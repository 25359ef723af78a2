// Broken content must stop the build with an error that names the document and the field, or be
// rendered safely. These run the real loader path (the local Content Lake through @sanity/client,
// collection query, validation).
import {describe, expect, it} from 'vitest'
import type {z} from 'zod'
import {conditions} from '../site/lib/content/collections/conditions'
import type {ContentCollection} from '../site/lib/content/collections/define'
import {pages} from '../site/lib/content/collections/pages'
import {siteSettings} from '../site/lib/content/collections/siteSettings'
import {therapies} from '../site/lib/content/collections/therapies'
import {fetchAll} from '../site/lib/content/syncRequests'
import {createLocalLakeSource} from '../site/lib/content/localLake'
import type {LakeDocument as SeedDocument} from '../scripts/lake/types.ts'
import {collectionValidator, validateCollection} from '../site/lib/content/validate'
import {seedVariant, withDocument} from './support/seedVariant'

async function load<S extends z.ZodType>(
  collection: ContentCollection<S>,
  change: (documents: SeedDocument[]) => SeedDocument[],
) {
  const source = await createLocalLakeSource(seedVariant(change))
  return validateCollection(collection, await fetchAll(source, collection.query))
}

const firstBlockLinkTo = (href: string) => (doc: SeedDocument) => {
  const body = doc.body as {_type: string; markDefs?: unknown[]; children: {marks?: string[]}[]}[]
  const block = body.find((item) => item._type === 'block' && item.children.length > 0)
  if (!block) throw new Error('test setup: no text block')
  block.markDefs = [...(block.markDefs ?? []), {_type: 'link', _key: 'evil', linkType: 'external', href}]
  const first = block.children[0]
  if (first) first.marks = [...(first.marks ?? []), 'evil']
  return doc
}

describe('content that cannot be published', () => {
  it('names the document and field when a slug is missing', async () => {
    await expect(
      load(
        conditions,
        withDocument('condition-depression', ({slug: _slug, ...doc}) => doc as SeedDocument),
      ),
    ).rejects.toThrow(/conditions: document "condition-depression", field "slug"/)
  })

  it('refuses a slug that two documents share, naming both', async () => {
    const change = withDocument('condition-anxiety', (doc) => ({...doc, slug: {_type: 'slug', current: 'depression'}}))
    await expect(load(conditions, change)).rejects.toThrow(
      /document "condition-\w+", field "slug": "depression" is already used by document "condition-\w+"/,
    )
  })

  it('names a reference to a document that does not exist', async () => {
    const change = withDocument('condition-depression', (doc) => ({
      ...doc,
      medicalReview: {...(doc.medicalReview as object), reviewer: {_type: 'reference', _ref: 'person-nobody'}},
    }))
    await expect(load(conditions, change)).rejects.toThrow(
      /document "condition-depression", field "medicalReview.reviewer": is missing, or points to a document that does not exist/,
    )
  })

  it('refuses a javascript: link in rich text', async () => {
    await expect(load(conditions, withDocument('condition-depression', firstBlockLinkTo('javascript:alert(1)')))).rejects.toThrow(
      /document "condition-depression", field "body\[\d+\]\.markDefs\[\d+\]\.href": Use a link that starts with https:\/\/, mailto: or tel:/,
    )
  })

  it('names an empty required field', async () => {
    await expect(
      load(
        siteSettings,
        withDocument('siteSettings', (doc) => ({...doc, clinicName: ''})),
      ),
    ).rejects.toThrow(/siteSettings: document "siteSettings", field "clinicName"/)
  })

  it('lists every problem at once, not only the first', async () => {
    const change = (documents: SeedDocument[]) =>
      withDocument('therapy-cbt', (doc) => ({...doc, title: ''}))(
        withDocument('therapy-dbt', (doc) => ({...doc, summary: ''}))(documents),
      )
    await expect(load(therapies, change)).rejects.toThrow(/2 problems[\s\S]*therapy-(cbt|dbt)[\s\S]*therapy-(cbt|dbt)/)
  })

  it('keeps the crisis line when an editor empties it', async () => {
    const [settings] = await load(
      siteSettings,
      withDocument('siteSettings', ({crisis: _crisis, ...doc}) => doc as SeedDocument),
    )
    expect(settings?.data.crisis).toMatchObject({callNumber: '988', textNumber: '988', emergencyNumber: '911'})
    expect(settings?.data.crisis.chatUrl).toMatch(/^https:\/\/988lifeline\.org/)
  })

  it('never loads drafts', async () => {
    const entries = await load(conditions, (documents) => documents)
    expect(entries.map((entry) => entry.data.title).join(' ')).not.toMatch(/DRAFT/)
  })

  it('passes unknown block types through to the renderer (which decides), validating the known ones', async () => {
    const change = withDocument('page-about', (doc) => ({
      ...doc,
      body: [...(doc.body as unknown[]), {_type: 'mysteryWidget', _key: 'm1', payload: 'x'}],
    }))
    const entries = await load(pages, change)
    const about = entries.find((entry) => entry.id === 'page-about')
    expect(about?.data.body.some((block) => block._type === 'mysteryWidget')).toBe(true)
  })
})

describe('a large collection checked page by page', () => {
  it('finds a slug used twice across pages', async () => {
    const source = await createLocalLakeSource(seedVariant((documents) => documents))
    const [first, ...rest] = await fetchAll(source, conditions.query)
    const copy = {...(first as SeedDocument), _id: 'condition-copy', title: 'A copy'}
    const validator = collectionValidator(conditions)
    expect(validator.check([first, ...rest]).length).toBe(rest.length + 1)
    validator.check([copy])
    expect(() => validator.finish()).toThrow(
      new RegExp(
        `document "condition-copy", field "slug": "${(first as {slug: string}).slug}" is already used by document "${(first as SeedDocument)._id}"`,
      ),
    )
  })
})
