// The sections of the site, each written once: its address, what pages and the Studio call it, and
// the kind of document shown there. Routes, navigation, page titles and breadcrumbs (site/), the
// Studio's desk, link choices and Presentation locations (studio/, schemas/) read this table. Plain
// values with no Sanity imports, so the site can use them without bundling the Studio. Names here are
// the English ones (the Studio's); the site's message catalogs name the sections in each language.
import {LANGUAGE_IDS, type Language} from './languages'

interface Section {
  /** The section's address in each language. */
  path: Record<Language, string>
  /** The section's heading: its index page's title, and wherever the site names it in full. */
  title: string
  /** A shorter name, for breadcrumbs and the Studio's link choices, where it differs from the title. */
  shortName?: string
  /** The label above a document's title on its page, where it differs from the section's title. */
  eyebrow?: string
  /** The document type listed in this section, and the Studio's name for that list where it differs. */
  documents?: {type: string; deskTitle?: string}
  /** Whether each document has a page of its own below the section's path. */
  documentPages?: boolean
}

export const SECTIONS = {
  programs: {
    path: {en: '/programs/', es: '/es/programas/'},
    title: 'Our programs',
    shortName: 'Programs',
    eyebrow: 'Program',
    documents: {type: 'program', deskTitle: 'Program & care'},
    documentPages: true,
  },
  conditions: {
    path: {en: '/conditions/', es: '/es/condiciones/'},
    title: 'Conditions we treat',
    documents: {type: 'condition', deskTitle: 'Conditions'},
    documentPages: true,
  },
  therapies: {
    path: {en: '/therapies/', es: '/es/terapias/'},
    title: 'Therapies we use',
    shortName: 'Therapies',
    documents: {type: 'therapy'},
    documentPages: true,
  },
  accreditations: {
    path: {en: '/accreditations/', es: '/es/acreditaciones/'},
    title: 'Accreditations and licenses',
    shortName: 'Accreditations',
    documents: {type: 'accreditation'},
  },
  'get-help': {path: {en: '/get-help/', es: '/es/ayuda/'}, title: 'Get help'},
} as const satisfies Record<string, Section>

export type SectionKey = keyof typeof SECTIONS

export const SECTION_KEYS = Object.keys(SECTIONS) as SectionKey[]

const section = (key: SectionKey): Section => SECTIONS[key]

/** The short name of a section: breadcrumbs, link choices, the Studio's Presentation locations. */
export const sectionName = (key: SectionKey): string => section(key).shortName ?? section(key).title

/** The label above a document's title on its page. */
export const sectionEyebrow = (key: SectionKey): string => section(key).eyebrow ?? section(key).title

/** The Studio's name for the list of a section's documents. */
export const deskTitle = (key: SectionKey): string => section(key).documents?.deskTitle ?? sectionName(key)

/** The section whose documents have pages below its path, by document type (`condition` -> conditions). */
export function sectionOfType(type: string): SectionKey | undefined {
  return SECTION_KEYS.find((key) => section(key).documentPages && section(key).documents?.type === type)
}

/** The slug of the generic page that the get-help section shows above its contact options, per language. */
export const GET_HELP_PAGE_SLUG: Record<Language, string> = {en: 'get-help', es: 'ayuda'}

/** The last segment of a section's address in a language: `conditions`, `condiciones`. */
const sectionSlug = (key: SectionKey, language: Language) => SECTIONS[key].path[language].split('/').filter(Boolean).at(-1) ?? key

/**
 * Slugs that belong to built-in routes; a generic page cannot take them, in any language: the
 * sections' addresses (but the get-help pages, which the get-help sections show), the other
 * languages' home pages (/es/) and the files every build writes.
 */
export const RESERVED_PAGE_SLUGS: readonly string[] = [
  ...SECTION_KEYS.filter((key) => key !== 'get-help').flatMap((key) =>
    LANGUAGE_IDS.map((language) => sectionSlug(key, language)),
  ),
  ...LANGUAGE_IDS,
  'sitemap-index.xml',
  'robots.txt',
  '404',
]
