// The languages the content is written in, and which documents are written once per language. Plain
// values with no Sanity imports, so the site, the Studio, the lake and the tests read one table.

/** Every language the site is published in; the first is the default (pages at the site's root). */
export const LANGUAGES = [
  {id: 'en', title: 'English', locale: 'en-US'},
  {id: 'es', title: 'Español', locale: 'es-US'},
] as const

export type Language = (typeof LANGUAGES)[number]['id']

export const DEFAULT_LANGUAGE: Language = 'en'

export const LANGUAGE_IDS: readonly Language[] = LANGUAGES.map((language) => language.id)

/** The field that holds a document's language (the document-internationalization plugin's default). */
export const LANGUAGE_FIELD = 'language'

/** The plugin's document that links the translations of one document to each other. */
export const TRANSLATION_METADATA_TYPE = 'translation.metadata'

/**
 * Document types written once per language, each translation its own document, linked by a
 * translation.metadata document. People and accreditations are facts shared by every language.
 */
export const TRANSLATABLE_TYPES = ['siteSettings', 'homePage', 'program', 'condition', 'therapy', 'page', 'faq'] as const

export type TranslatableType = (typeof TRANSLATABLE_TYPES)[number]

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGE_IDS as readonly string[]).includes(value)
}

export function isTranslatableType(type: string): type is TranslatableType {
  return (TRANSLATABLE_TYPES as readonly string[]).includes(type)
}

/** A singleton's id in a language: `homePage` in the default language, `homePage-es` in Spanish. */
export function singletonId(type: string, language: Language): string {
  return language === DEFAULT_LANGUAGE ? type : `${type}-${language}`
}

/**
 * Fields of the site settings written per language. Every other field (phone, address, hours,
 * crisis numbers, plans, the form's endpoint, the language-assistance notices) is a fact kept once,
 * in the default language's settings, and the other languages' settings read it from there.
 */
export const TRANSLATED_SETTINGS_FIELDS = [
  'tagline',
  'insuranceStatement',
  'insuranceDetails',
  'navigation',
  'inquiry',
  'defaultSeo',
] as const

/**
 * A translation is stale when its source (the default-language document) was changed after the
 * translation was last changed: an editor must check it says the same thing again.
 */
export function translationIsStale(source: {_updatedAt: string}, translation: {_updatedAt: string}): boolean {
  return Date.parse(source._updatedAt) > Date.parse(translation._updatedAt)
}

/**
 * Languages a language-assistance notice can be written in: those US health providers are most
 * often required to serve (the languages most spoken by people with limited English in each state,
 * for the notice of availability of the Section 1557 rule). `id` is a BCP 47 tag, for the notice's
 * `lang` attribute; `dir` is set for right-to-left scripts; `name` is the language's own name.
 */
export const NOTICE_LANGUAGES = [
  {id: 'en', title: 'English', name: 'English'},
  {id: 'es', title: 'Spanish', name: 'Español'},
  {id: 'zh', title: 'Chinese', name: '中文'},
  {id: 'vi', title: 'Vietnamese', name: 'Tiếng Việt'},
  {id: 'tl', title: 'Tagalog', name: 'Tagalog'},
  {id: 'ko', title: 'Korean', name: '한국어'},
  {id: 'ru', title: 'Russian', name: 'Русский'},
  {id: 'ar', title: 'Arabic', name: 'العربية', dir: 'rtl'},
  {id: 'ht', title: 'Haitian Creole', name: 'Kreyòl ayisyen'},
  {id: 'fr', title: 'French', name: 'Français'},
  {id: 'pt', title: 'Portuguese', name: 'Português'},
  {id: 'pl', title: 'Polish', name: 'Polski'},
  {id: 'de', title: 'German', name: 'Deutsch'},
  {id: 'it', title: 'Italian', name: 'Italiano'},
  {id: 'ja', title: 'Japanese', name: '日本語'},
  {id: 'fa', title: 'Persian (Farsi)', name: 'فارسی', dir: 'rtl'},
  {id: 'hi', title: 'Hindi', name: 'हिन्दी'},
  {id: 'hy', title: 'Armenian', name: 'Հայերեն'},
  {id: 'bn', title: 'Bengali', name: 'বাংলা'},
  {id: 'ur', title: 'Urdu', name: 'اردو', dir: 'rtl'},
  {id: 'pa', title: 'Punjabi', name: 'ਪੰਜਾਬੀ'},
  {id: 'gu', title: 'Gujarati', name: 'ગુજરાતી'},
  {id: 'km', title: 'Khmer', name: 'ភាសាខ្មែរ'},
  {id: 'so', title: 'Somali', name: 'Soomaali'},
  {id: 'nv', title: 'Navajo', name: 'Diné bizaad'},
] as const

export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number]['id']

const noticeLanguage = (id: unknown) => NOTICE_LANGUAGES.find((language) => language.id === id)

/** A notice language's English name ("Spanish"), for the Studio; the id itself when not on the list. */
export const noticeLanguageTitle = (id: string | undefined): string | undefined => noticeLanguage(id)?.title ?? id

/** The writing direction a notice needs: `rtl` for Arabic, Persian and Urdu, else the page's own. */
export const noticeDirection = (id: string): 'rtl' | undefined => {
  const language = noticeLanguage(id)
  return language && 'dir' in language ? language.dir : undefined
}

/** Notices every site must carry: one in each language the site is published in. */
export const REQUIRED_NOTICE_LANGUAGES: readonly NoticeLanguage[] = LANGUAGE_IDS
