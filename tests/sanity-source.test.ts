// The Sanity content source against a local stand-in for the Content Lake's query API: the site
// must build the same pages as from the starter dataset, ask only for published content, keep
// the token out of the output, and explain failures in one sentence.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {contentCollections} from '../site/lib/content/collections'
import {createSanitySource} from '../site/lib/content/sanitySource'
import {buildSite, BuildFailed, listFiles, readPages} from './support/build'
import {startContentLakeStandIn, type ContentLakeStandIn} from '../scripts/bench/contentLakeStandIn'
import {seed} from './support/seed'

const TOKEN = 'sk-test-build-token-5f1e9a'
const PROJECT = 'standin1'
let standIn: ContentLakeStandIn
let sanityOut = ''
let localOut = ''

function sanityEnv(token = TOKEN): Record<string, string> {
  return {
    CONTENT_SOURCE: 'sanity',
    SANITY_PROJECT_ID: PROJECT,
    SANITY_DATASET: 'production',
    SANITY_API_HOST: standIn.url,
    SANITY_READ_TOKEN: token,
  }
}

beforeAll(async () => {
  standIn = await startContentLakeStandIn({documents: seed.documents, requiredToken: TOKEN, assetFiles: seed.assetFiles})
  const [fromSanity, fromSeed] = await Promise.all([buildSite(sanityEnv()), buildSite()])
  sanityOut = fromSanity.outDir
  localOut = fromSeed.outDir
}, 300_000)
afterAll(() => standIn.close())

describe('building from Sanity (local query-API stand-in)', () => {
  it('builds the same pages, with the same text, as the starter dataset', () => {
    const text = (dir: string) =>
      readPages(dir).map((built) => [built.path, built.dom.querySelector('main')?.textContent.replace(/\s+/g, ' ').trim()])
    expect(text(sanityOut)).toEqual(text(localOut))
  })

  it('asks for published content only, in few requests, with the token', () => {
    const queries = standIn.requests
    // One request for the small collections and the sync marker, one per large collection.
    const large = Object.values(contentCollections).filter((collection) => !collection.small)
    expect(large.length).toBeGreaterThan(0)
    expect(queries.length).toBe(1 + large.length)
    for (const request of queries) {
      expect(request.perspective).toBe('published')
      expect(request.authorization).toBe(`Bearer ${TOKEN}`)
    }
  })

  it('serves images from the site itself, downloaded at build time', () => {
    expect(standIn.imageRequests.length).toBeGreaterThan(0)
    const html = readPages(sanityOut)
      .map((built) => built.html)
      .join('\n')
    expect(html).not.toContain(standIn.url)
    expect(html).not.toContain('cdn.sanity.io')
  })

  it('never writes the token into the built site', () => {
    for (const file of listFiles(sanityOut)) expect(readFileSync(path.join(sanityOut, file), 'utf8'), file).not.toContain(TOKEN)
  })

  it('stops the build with a clear sentence when Sanity fails', async () => {
    standIn.failNext(500, 20)
    const failure = await buildSite(sanityEnv()).catch((error: unknown) => error)
    standIn.clearFailures()
    expect(failure).toBeInstanceOf(BuildFailed)
    expect((failure as BuildFailed).log).toMatch(
      /Sanity answered with a server error \(500\) for project "standin1", dataset "production"/,
    )
  })
})

describe('Sanity errors, in one sentence each', () => {
  const source = () =>
    createSanitySource({
      kind: 'sanity',
      projectId: PROJECT,
      dataset: 'production',
      apiVersion: '2025-02-19',
      apiHost: standIn.url,
      token: TOKEN,
    })

  it('explains a refused token', async () => {
    const wrongToken = createSanitySource({
      kind: 'sanity',
      projectId: PROJECT,
      dataset: 'production',
      apiVersion: '2025-02-19',
      apiHost: standIn.url,
      token: 'wrong',
    })
    await expect(wrongToken.fetch('*[0]')).rejects.toThrow(/Sanity refused the request \(401\).*SANITY_READ_TOKEN/)
  })

  it('explains rate limiting', async () => {
    standIn.failNext(429)
    await expect(source().fetch('*[0]')).rejects.toThrow(/rate limiting this build \(429\)/)
  })

  it('sends large queries in the POST form, with the same answers', async () => {
    // The client switches to POST when the URL would be too long, as with many changed ids.
    const ids = [...Array.from({length: 1500}, (_, index) => `missing-${index}`), 'condition-depression']
    const before = standIn.requests.length
    const result = await source().fetch<string[]>('*[_id in $ids]._id', {ids})
    expect(result).toEqual(['condition-depression'])
    expect(standIn.requests.slice(before).map((request) => request.method)).toEqual(['POST'])
  })

  it('explains a server error', async () => {
    standIn.failNext(500)
    await expect(source().fetch('*[0]')).rejects.toThrow(/server error \(500\)/)
  })
})
