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
  const keys = new Map<string, string>()
  for (const entry of entries) keys.set((entry.data as {slug: string}).slug, `${entry.digest ?? entry.id}:${chrome}`)
  if (name !== 'therapies') return keys
  // A therapy page also lists the conditions that name it: their teasers are part of its key.
  const backLinks = conditionsByTherapy(await allOf('conditions'))
  for (const therapy of await allOf('therapies')) {
    keys.set(therapy.slug, `${keys.get(therapy.slug) ?? ''}:${digestOf(JSON.stringify(backLinks.get(therapy._id) ?? []))}`)
  }
  return keys
}
