// The local Content Lake answers as Sanity's documented API does, through raw HTTP and through
// @sanity/client: perspectives, drafts, every patch operation, revisions, listeners, assets.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {applyPatch} from 'mendoza'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ROOT} from '../support/paths'
import {startTestLake, type TestLake} from './support'

let test: TestLake

beforeAll(async () => {
  test = await startTestLake()
})
afterAll(() => test.close())

describe('queries', () => {
  it('shows drafts over their published documents only in the drafts perspective', async () => {
    const query = '*[_id == "condition-anxiety"][0].title'
    const published = await test.client.fetch<string>(query, {}, {perspective: 'published'})
    const drafts = await test.client.fetch<string>(query, {}, {perspective: 'drafts'})
    expect(published).toBe('Anxiety')
    expect(drafts).toMatch(/DRAFT/)
    const raw = await test.client.fetch<string[]>('*[_id in path("drafts.**")]._id', {}, {perspective: 'raw'})
    expect(raw).toContain('drafts.condition-anxiety')
  })

  it('refuses a wrong token with 401, as sanity.io does, even for published documents', async () => {
    const response = await fetch(`${test.lake.url}/v2025-02-19/data/query/production?query=count(*)`, {
      headers: {authorization: 'Bearer not-the-token'},
    })
    expect(response.status).toBe(401)
  })

  it('never shows drafts to a reader without the token, whatever perspective it asks for', async () => {
    const ids = await test.anonymous.fetch<string[]>('*[_id in path("drafts.**")]._id', {}, {perspective: 'raw'})
    expect(ids).toEqual([])
  })

  it('takes parameters by GET and by POST', async () => {
    const long = 'x'.repeat(12_000) // longer than a GET URL may be, so the client POSTs
    const titles = await test.client.fetch<string[]>('*[_type == $type && $long != ""] | order(title asc).title', {
      type: 'condition',
      long,
    })
    expect(titles).toContain('Depression')
    const viaGet = await fetch(
      `${test.lake.url}/v2025-02-19/data/query/production?query=${encodeURIComponent('count(*[_type == $t])')}&%24t=%22faq%22`,
    )
    expect((await viaGet.json()).result).toBeGreaterThan(5)
  })

  it('answers a query that does not parse with 400 and the parser message', async () => {
    const response = await fetch(`${test.lake.url}/v2025-02-19/data/query/production?query=${encodeURIComponent('*[')}`)
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toMatch(/queryParseError/)
  })
})

describe('mutations', () => {
  it('applies every patch operation the Studio sends, and returns the transaction id and documents', async () => {
    const created = await test.client.create({
      _id: 'drafts.faq-api-test',
      _type: 'faq',
      question: 'First?',
      tags: ['a', 'c'],
      count: 1,
    })
    expect(created._rev).toBeTruthy()
    const patched = await test.client
      .patch('drafts.faq-api-test')
      .set({question: 'Second?'})
      .setIfMissing({note: 'kept'})
      .unset(['count'])
      .insert('after', 'tags[0]', ['b'])
      .inc({views: 0})
      .commit()
    expect(patched).toMatchObject({question: 'Second?', note: 'kept', tags: ['a', 'b', 'c']})
    expect(patched.count).toBeUndefined()
    const counted = await test.client.patch('drafts.faq-api-test').set({n: 5}).commit()
    const incremented = await test.client.patch('drafts.faq-api-test').inc({n: 2}).dec({views: 1}).commit()
    expect(incremented.n).toBe(7)
    expect(incremented._rev).not.toBe(counted._rev)
    const typed = await test.client
      .patch('drafts.faq-api-test')
      .diffMatchPatch({question: '@@ -1,7 +1,8 @@\n Second\n+!\n ?\n'})
      .commit()
    expect(typed.question).toBe('Second!?')
    const result = await test.client.mutate([{createIfNotExists: {_id: 'drafts.faq-api-test', _type: 'faq'}}], {
      returnDocuments: false,
    })
    expect(result.results[0]).toMatchObject({id: 'drafts.faq-api-test', operation: 'none'})
    expect(result.transactionId).toMatch(/^[A-Za-z0-9]{22}$/)
  })

  it('refuses a stale ifRevisionID with 409 and changes nothing', async () => {
    const doc = await test.client.create({_id: 'drafts.faq-stale', _type: 'faq', question: 'Before'})
    await test.client.patch(doc._id).set({question: 'Moved on'}).commit()
    await expect(test.client.patch(doc._id).ifRevisionId(doc._rev).set({question: 'Lost update'}).commit()).rejects.toMatchObject(
      {
        statusCode: 409,
      },
    )
    expect(await test.client.getDocument(doc._id)).toMatchObject({question: 'Moved on'})
  })

  it('refuses to create a document that exists, and rolls back the whole transaction', async () => {
    const transaction = test.client
      .transaction()
      .create({_id: 'faq-new-one', _type: 'faq'})
      .create({_id: 'condition-depression', _type: 'condition'})
    await expect(transaction.commit()).rejects.toMatchObject({statusCode: 409})
    expect(await test.client.getDocument('faq-new-one')).toBeUndefined()
  })

  it('needs the token for any write', async () => {
    const response = await fetch(`${test.lake.url}/v2025-02-19/data/mutate/production`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({mutations: [{delete: {id: 'condition-depression'}}]}),
    })
    expect(response.status).toBe(401)
    expect(await test.client.getDocument('condition-depression')).toBeDefined()
  })

  it('publishes what an edit in the same request changed', async () => {
    await test.client.create({_id: 'drafts.faq-edit-publish', _type: 'faq', question: 'Before?'})
    await test.client.request({
      method: 'POST',
      uri: '/data/actions/production',
      body: {
        actions: [
          {
            actionType: 'sanity.action.document.edit',
            draftId: 'drafts.faq-edit-publish',
            publishedId: 'faq-edit-publish',
            patch: {set: {question: 'After?'}},
          },
          {actionType: 'sanity.action.document.publish', draftId: 'drafts.faq-edit-publish', publishedId: 'faq-edit-publish'},
        ],
      },
    })
    expect(await test.anonymous.fetch('*[_id == "faq-edit-publish"][0].question')).toBe('After?')
  })

  it('publishes a draft with the Actions API the Studio uses', async () => {
    await test.client.create({_id: 'drafts.faq-publish', _type: 'faq', question: 'Publish me?'})
    await test.client.action({
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.faq-publish',
      publishedId: 'faq-publish',
    })
    expect(await test.anonymous.fetch('*[_id == "faq-publish"][0].question')).toBe('Publish me?')
    expect(await test.client.getDocument('drafts.faq-publish')).toBeUndefined()
  })
})

describe('translations', () => {
  const reference = (language: string, ref: string) => ({
    _key: `${language}0123456789a`.slice(0, 12),
    _type: 'internationalizedArrayReferenceValue',
    language,
    value: {_type: 'reference', _ref: ref, _weak: true, _strengthenOnPublish: {type: 'faq'}},
  })

  it('takes the transaction the translation plugin sends to create a translation and link it', async () => {
    const metadataId = 'translation.metadata.plugin-test'
    const source = reference('en', 'faq-how-long')
    // As @sanity/document-internationalization 6.2.40 commits it: the new draft, the metadata
    // document if missing, then the new link appended after the last one.
    await test.client
      .transaction()
      .create({_id: 'drafts.faq-how-long-es-test', _type: 'faq', language: 'es', question: '¿Cuánto dura?'})
      .createIfNotExists({_id: metadataId, _type: 'translation.metadata', schemaTypes: ['faq'], translations: [source]})
      .patch(
        test.client
          .patch(metadataId)
          .setIfMissing({translations: [source]})
          .insert('after', 'translations[-1]', [reference('es', 'faq-how-long-es-test')]),
      )
      .commit()
    const found = await test.client.fetch<string[]>(
      '*[_type == "translation.metadata" && $id in translations[].value._ref][0].translations[].language',
      {id: 'faq-how-long-es-test'},
    )
    expect(found).toEqual(['en', 'es'])
  })

  it('strengthens a weak link that asks for it when its target is published, and leaves others weak', async () => {
    const metadataId = 'translation.metadata.strengthen-test'
    await test.client.create({_id: 'drafts.faq-strengthen-es', _type: 'faq', language: 'es', question: '¿Sí?'})
    const plainWeak = {
      ...reference('fr', 'faq-strengthen-es'),
      _key: 'plainweak000',
      value: {_type: 'reference', _ref: 'faq-strengthen-es', _weak: true},
    }
    await test.client.create({
      _id: metadataId,
      _type: 'translation.metadata',
      translations: [reference('en', 'faq-how-long'), reference('es', 'faq-strengthen-es'), plainWeak],
    })
    await test.client.action({
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.faq-strengthen-es',
      publishedId: 'faq-strengthen-es',
    })
    const metadata = await test.client.getDocument(metadataId)
    const values = (metadata?.translations as {value: Record<string, unknown>}[]).map((entry) => entry.value)
    expect(values[1]).toEqual({_type: 'reference', _ref: 'faq-strengthen-es'})
    // The English link's target was not published in this transaction; a link without the request stays weak.
    expect(values[0]).toMatchObject({_weak: true, _strengthenOnPublish: {type: 'faq'}})
    expect(values[2]).toEqual({_type: 'reference', _ref: 'faq-strengthen-es', _weak: true})
  })
})

describe('listeners', () => {
  it('sends a welcome, then mutation events whose mendoza effects turn the old document into the new one', async () => {
    const events: {type: string; documentId?: string; effects?: {apply: unknown[]; revert: unknown[]}; transition?: string}[] = []
    const before = await test.client.create({_id: 'drafts.faq-listen', _type: 'faq', question: 'Old'})
    const subscription = test.client
      .listen(
        '*[_id == "drafts.faq-listen"]',
        {},
        {events: ['welcome', 'mutation'], effectFormat: 'mendoza', includeResult: false},
      )
      .subscribe((event) => events.push(event as (typeof events)[number]))
    await expect.poll(() => events.some((event) => event.type === 'welcome')).toBe(true)
    const after = await test.client.patch('drafts.faq-listen').set({question: 'New'}).commit()
    await expect.poll(() => events.filter((event) => event.type === 'mutation').length).toBe(1)
    const mutation = events.find((event) => event.type === 'mutation')
    expect(mutation).toMatchObject({documentId: 'drafts.faq-listen', transition: 'update'})
    expect(applyPatch(before, mutation?.effects?.apply ?? [])).toEqual(after)
    expect(applyPatch(after, mutation?.effects?.revert ?? [])).toEqual(before)
    subscription.unsubscribe()
  })
})

describe('assets', () => {
  it('stores an uploaded image with its dimensions and serves it where @sanity/image-url points', async () => {
    const bytes = readFileSync(path.join(ROOT, 'studio/seed/images/7c16845a384c9d3fa8cc5076470f6fe5ce1a70c9-1200x630.png'))
    const asset = await test.client.assets.upload('image', bytes, {filename: 'card.png'})
    expect(asset).toMatchObject({mimeType: 'image/png', size: bytes.length, metadata: {dimensions: {width: 1200, height: 630}}})
    const again = await test.client.assets.upload('image', bytes, {filename: 'card-again.png'})
    expect(again._id).toBe(asset._id)
    const scaled = await fetch(`${asset.url}?w=300`)
    expect(scaled.headers.get('content-type')).toBe('image/png')
    const scaledBytes = new Uint8Array(await scaled.arrayBuffer())
    expect(scaledBytes.length).toBeLessThan(bytes.length)
  })
})
