// The lake's webhooks behave like sanity.io's: a signed POST per changed published document, with
// the configured filter and projection, retried while the receiver is down.
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {isValidSignature} from '@sanity/webhook'
import {afterEach, describe, expect, it} from 'vitest'
import {TRANSLATION_METADATA_TYPE} from '../../schemas/lib/languages'
import {REBUILD_WEBHOOK_FILTER, REBUILD_WEBHOOK_PROJECTION} from '../../scripts/webhook/rebuildWebhook.ts'
import {startTestLake, type TestLake} from './support'

interface Delivery {
  body: string
  signature: string | undefined
  documentId: string | undefined
}

async function receiver(port = 0): Promise<{server: Server; url: string; deliveries: Delivery[]; port: number}> {
  const deliveries: Delivery[] = []
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => {
      deliveries.push({
        body,
        signature: request.headers['sanity-webhook-signature'] as string | undefined,
        documentId: request.headers['sanity-document-id'] as string | undefined,
      })
      response.writeHead(202).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const actual = (server.address() as AddressInfo).port
  return {server, url: `http://127.0.0.1:${actual}/hook`, deliveries, port: actual}
}

const SECRET = 'a-webhook-secret-for-tests'
let lake: TestLake | undefined
const servers: Server[] = []
afterEach(async () => {
  await lake?.close()
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve))
})

describe('webhooks', () => {
  it('sends a signed projection for a published change, and nothing for a draft or a filtered-out type', async () => {
    const hook = await receiver()
    servers.push(hook.server)
    lake = await startTestLake({
      webhooks: [
        {
          name: 'test',
          url: hook.url,
          secret: SECRET,
          filter: '_type == "faq"',
          projection: '{_id, _type, "operation": delta::operation()}',
        },
      ],
    })
    await lake.client.create({_id: 'drafts.faq-hook', _type: 'faq', question: 'Draft?'})
    await lake.client.create({_id: 'condition-hook', _type: 'condition', title: 'Not a FAQ'})
    await lake.client.create({_id: 'faq-hook', _type: 'faq', question: 'Published?'})
    await expect.poll(() => hook.deliveries.length).toBe(1)
    const [delivery] = hook.deliveries
    expect(JSON.parse(delivery?.body ?? '{}')).toEqual({_id: 'faq-hook', _type: 'faq', operation: 'create'})
    expect(delivery?.documentId).toBe('faq-hook')
    expect(await isValidSignature(delivery?.body ?? '', delivery?.signature ?? '', SECRET)).toBe(true)
    await lake.client.delete('faq-hook')
    await expect.poll(() => hook.deliveries.length).toBe(2)
    expect(JSON.parse(hook.deliveries[1]?.body ?? '{}')).toMatchObject({operation: 'delete'})
  })

  it('asks for a rebuild, with the rebuild webhook of docs/deploy.md, when an editor links a translation', async () => {
    const hook = await receiver()
    servers.push(hook.server)
    lake = await startTestLake({
      webhooks: [
        {name: 'rebuild', url: hook.url, secret: SECRET, filter: REBUILD_WEBHOOK_FILTER, projection: REBUILD_WEBHOOK_PROJECTION},
      ],
    })
    // What the translation plugin writes when an existing Spanish FAQ is linked to its English one.
    await lake.client.create({
      _id: 'translation.metadata.faq-linked-later',
      _type: TRANSLATION_METADATA_TYPE,
      schemaTypes: ['faq'],
      translations: [
        {_key: 'en', value: {_type: 'reference', _ref: 'faq-linked-later'}},
        {_key: 'es', value: {_type: 'reference', _ref: 'faq-linked-later-es'}},
      ],
    })
    // A document of a Studio plugin the site never reads asks for nothing.
    await lake.client.create({_id: 'media-tag-calm', _type: 'media.tag', name: {_type: 'slug', current: 'calm'}})
    await expect.poll(() => hook.deliveries.length).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(hook.deliveries.map((delivery) => JSON.parse(delivery.body) as unknown)).toEqual([
      {_id: 'translation.metadata.faq-linked-later', _type: TRANSLATION_METADATA_TYPE, operation: 'create'},
    ])
  })

  it('retries while the receiver is down and delivers once it is back', async () => {
    // A port that refuses connections until the receiver starts on it.
    const probe = await receiver()
    const port = probe.port
    await new Promise((resolve) => probe.server.close(resolve))
    lake = await startTestLake({webhooks: [{name: 'test', url: `http://127.0.0.1:${port}/hook`, secret: SECRET}]})
    await lake.client.create({_id: 'faq-retry', _type: 'faq', question: 'Later?'})
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(lake.lake.pendingWebhooks()).toBe(1)
    const hook = await receiver(port)
    servers.push(hook.server)
    await expect.poll(() => hook.deliveries.length, {timeout: 10_000}).toBe(1)
    expect(JSON.parse(hook.deliveries[0]?.body ?? '{}')).toMatchObject({_id: 'faq-retry', question: 'Later?'})
    await expect.poll(() => lake?.lake.pendingWebhooks()).toBe(0)
  }, 20_000)
})
