// The collections the site reads, by the name pages use for each: the one registry. Types of the
// documents pages see are read from it, so no caller has to say (or cast to) what a collection holds.
import type {z} from 'zod'
import {accreditations} from './accreditations'
import {conditions} from './conditions'
import {faqs} from './faqs'
import {home} from './home'
import {pages} from './pages'
import {people} from './people'
import {programs} from './programs'
import {settingsTranslations} from './settingsTranslations'
import {siteSettings} from './siteSettings'
import type {ContentCollection} from './define'
import {therapies} from './therapies'
import {translations} from './translations'

const registry = {
  siteSettings,
  settingsTranslations,
  home,
  pages,
  programs,
  conditions,
  therapies,
  accreditations,
  people,
  faqs,
  translations,
}

export type CollectionName = keyof typeof registry

/** A document of a collection as pages see it: validated, with defaults filled in. */
export type ContentOf<K extends CollectionName> = z.output<(typeof registry)[K]['schema']>

/** Every collection, by name; `contentCollections[name]` is typed by the name, even a generic one. */
export const contentCollections: {readonly [K in CollectionName]: ContentCollection<z.ZodType<ContentOf<K>>>} = registry

/** Every collection, in one list. */
export const allCollections: readonly ContentCollection[] = Object.values(contentCollections)

/** The collections with a page per document, at its slug. */
export type RoutedCollection = {[K in CollectionName]: ContentOf<K> extends {slug: string} ? K : never}[CollectionName]

/** Loads each collection's documents at most once: a cache whose values are typed by their key. */
export function onceEach(load: <K extends CollectionName>(name: K) => Promise<ContentOf<K>[]>) {
  const loaded = new Map<CollectionName, Promise<unknown>>()
  return <K extends CollectionName>(name: K): Promise<ContentOf<K>[]> => {
    const cached = loaded.get(name)
    // Only `load(name)` is ever stored under `name` (a Map cannot say so to the compiler).
    if (cached) return cached as Promise<ContentOf<K>[]>
    const documents = load(name)
    loaded.set(name, documents)
    return documents
  }
}
