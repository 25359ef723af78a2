// Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a content page whose
// key and code are unchanged since the last build is copied from it instead of rendered again. A
// key must change with everything the page shows: its own entry (the content layer's digest covers
// all its query resolved, and the name of its body's file, which is the body's hash) and what every
// page shows (site settings, the footer's accreditations, the copyright year, the site's address).
import {createHash} from 'node:crypto'
import {getCollection, type CollectionKey} from 'astro:content'
import {siteConfig} from './config'
import {conditionsByTherapy} from './content/collections/therapies'
import {allOf} from './data'

type Slugged = 'pages' | 'programs' | 'conditions' | 'therapies'

function digestOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 24)
}

async function entryDigests(name: CollectionKey): Promise<string[]> {
  return (await getCollection(name)).map((entry) => `${entry.id}=${entry.digest ?? digestOf(JSON.stringify(entry.data))}`)
}

/** What every page shows besides its own document. */
async function chromeKey(): Promise<string> {
  const [settings, accreditations] = await Promise.all([entryDigests('siteSettings'), entryDigests('accreditations')])
  return digestOf([siteConfig().siteUrl, new Date().getFullYear(), ...settings, ...accreditations].join('\n'))
}

/** Cache keys of a collection's pages, by slug. */
export async function pageCacheKeys(name: Slugged): Promise<Map<string, string>> {
  const [chrome, entries] = await Promise.all([chromeKey(), getCollection(name)])
  // A therapy page also lists the conditions that name it: their teasers are part of its key.
  const backLinks = name === 'therapies' ? conditionsByTherapy(await allOf('conditions')) : undefined
  const keys = new Map<string, string>()
  for (const entry of entries) {
    const {_id, slug} = entry.data as {_id: string; slug: string}
    const key = `${entry.digest ?? entry.id}:${chrome}`
    keys.set(slug, backLinks ? `${key}:${digestOf(JSON.stringify(backLinks.get(_id) ?? []))}` : key)
  }
  return keys
}
