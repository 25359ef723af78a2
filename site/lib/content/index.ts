// Where pages read content: the one entry point. A production build reads Astro's content layer
// (published content, loaded once per build); the editors' preview server reads drafts, fresh for
// every request. Pages and layouts read from here and pass what components show down as props;
// components never fetch.
import {getCollection} from 'astro:content'
import {namedByList, type NamedBy} from '../pages/dependencies'
import {byOrderThenName} from '../pages/sort'
import {previewContent} from '../preview/previewContent'
import {attachBody} from './bodyStore'
import type {Accreditation} from './collections/accreditations'
import {onceEach, type CollectionName, type ContentOf, type RoutedCollection} from './collections'
import type {Home} from './collections/home'
import type {Teaser} from './collections/teasers'
import {fieldOf} from './fieldOf'
import {localizeSettings, type LocalizedSettings} from './settings'
import {DEFAULT_LANGUAGE, isLanguage, LANGUAGE_IDS, singletonId, type Language} from '../../../schemas/lib/languages'
import {messagesFor} from '../i18n/messages'

const built = onceEach(fromStore)

/** Every document of a collection. */
export function allOf<K extends CollectionName>(name: K): Promise<ContentOf<K>[]> {
  const preview = previewContent()
  if (preview) return preview.collection(name)
  // `astro dev` reloads content on every request; a build reads each collection once.
  return import.meta.env.DEV ? fromStore(name) : built(name)
}

/** A collection as the content layer stored it, each body read from its file when a page uses it. */
function fromStore<K extends CollectionName>(name: K): Promise<ContentOf<K>[]> {
  // Astro types each collection's entries from its schema (content.config.ts), but cannot tell
  // which collection a generic name is.
  return getCollection(name).then((entries) => entries.map((entry) => attachBody(entry.data as ContentOf<K>)))
}

/** The documents of a collection in one language (people and accreditations are in every language). */
export async function inLanguage<K extends CollectionName>(name: K, language: Language): Promise<ContentOf<K>[]> {
  const documents = await allOf(name)
  let byLanguage = languageIndexes.get(documents)
  if (!byLanguage) {
    byLanguage = new Map()
    for (const document of documents) {
      const key = isLanguage(fieldOf(document, 'language')) ? String(fieldOf(document, 'language')) : EVERY_LANGUAGE
      byLanguage.set(key, [...(byLanguage.get(key) ?? []), document])
    }
    languageIndexes.set(documents, byLanguage)
  }
  return [...(byLanguage.get(language) ?? []), ...(byLanguage.get(EVERY_LANGUAGE) ?? [])] as ContentOf<K>[]
}

const EVERY_LANGUAGE = '*'
const languageIndexes = new WeakMap<readonly object[], Map<string, object[]>>()

/** A routed collection in one language, in the order index pages list it: editors' order, then title. */
export async function inDisplayOrder<K extends RoutedCollection>(name: K, language: Language): Promise<ContentOf<K>[]> {
  return [...(await inLanguage(name, language))].sort(byOrderThenName((document) => document.title))
}

const slugIndexes = new WeakMap<readonly object[], Map<string, object>>()

/** The document of a collection with this slug in this language, if there is one. */
export async function bySlug<K extends RoutedCollection>(
  name: K,
  slug: string | undefined,
  language: Language,
): Promise<ContentOf<K> | undefined> {
  if (!slug) return undefined
  const documents = await allOf(name)
  // Every page of a collection looks itself up: an index, not a scan of thousands of documents.
  let index = slugIndexes.get(documents)
  if (!index) {
    index = new Map(documents.map((doc) => [`${doc.language}:${doc.slug}`, doc]))
    slugIndexes.set(documents, index)
  }
  return index.get(`${language}:${slug}`) as ContentOf<K> | undefined
}

/** The home page in a language; missing one stops the build with what to publish. */
export async function homePage(language: Language): Promise<Home> {
  const homes = await inLanguage('home', language)
  const doc = homes.find((home) => home._id === singletonId('homePage', language)) ?? homes[0]
  if (!doc) {
    throw new Error(
      `The home page in "${language}" is missing: publish the "Home page" document (id "${singletonId('homePage', language)}") in the Studio.`,
    )
  }
  return doc
}

/**
 * The languages the site is published in: the default, and every other language once its home page
 * is published. Until then that language has no pages, and no page links to it.
 */
export async function publishedLanguages(): Promise<Language[]> {
  const homes = await allOf('home')
  return LANGUAGE_IDS.filter((language) => language === DEFAULT_LANGUAGE || homes.some((home) => home.language === language))
}

/** `getStaticPaths` of a page with a fixed address in a language (a rest parameter, left empty): one page, or none while the language is not published. */
export async function fixedPagePaths(language: Language): Promise<{params: {rest: undefined}}[]> {
  return (await publishedLanguages()).includes(language) ? [{params: {rest: undefined}}] : []
}

/** The site settings as pages in a language show them; missing ones stop the build with what to publish. */
export async function settingsIn(language: Language): Promise<LocalizedSettings> {
  const [[base], translations] = await Promise.all([allOf('siteSettings'), allOf('settingsTranslations')])
  if (!base)
    throw new Error('The site settings are missing: publish the "Site settings" document (id "siteSettings") in the Studio.')
  const translation = translations.find((doc) => doc.language === language)
  return localizeSettings(base, translation, language, messagesFor(language).crisis.heading)
}

/** What every page's header and footer show: the site settings and the accreditations, in order. */
export interface SiteChrome {
  settings: LocalizedSettings
  accreditations: Accreditation[]
}

export async function siteChrome(language: Language): Promise<SiteChrome> {
  const [settings, accreditations] = await Promise.all([settingsIn(language), allOf('accreditations')])
  return {settings, accreditations: [...accreditations].sort(byOrderThenName((accreditation) => accreditation.name))}
}

/** A related list a kind of page declares (site/lib/pages/dependencies.ts), for the document `id`. */
export function relatedTo(list: NamedBy, id: string): Promise<Teaser[]> {
  return namedByList(list, id, allOf)
}
