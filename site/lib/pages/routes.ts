// Where every document and section lives on the site: the one place URLs are decided, from the
// table of sections (schemas/lib/sections.ts).
import {DEFAULT_LANGUAGE, isLanguage, type Language} from '../../../schemas/lib/languages'
import {GET_HELP_PAGE_SLUG, RESERVED_PAGE_SLUGS, SECTIONS, sectionOfType, type SectionKey} from '../../../schemas/lib/sections'
import type {Link} from '../content/shapes'

export {GET_HELP_PAGE_SLUG}

/** The home page of a language: `/` for the default language, `/es/` for Spanish. */
export function homePath(language: Language): string {
  return language === DEFAULT_LANGUAGE ? '/' : `/${language}/`
}

/** The route of a language's not-found page, which pages rewrite to (the host serves it for misses below that language's home). */
export function notFoundPath(language: Language): string {
  return `${homePath(language)}404/`
}

/** The address of a section of the site, in a language. */
export function sectionPath(section: SectionKey, language: Language = DEFAULT_LANGUAGE): string {
  return SECTIONS[section].path[language]
}

/**
 * Whether a generic page's slug is served by a route of its own rather than /[slug]/: the get-help
 * page, and slugs the Studio already refuses because built-in sections use them.
 */
export function hasOwnRoute(slug: string, language: Language = DEFAULT_LANGUAGE): boolean {
  return slug === GET_HELP_PAGE_SLUG[language] || RESERVED_PAGE_SLUGS.includes(slug)
}

/** The slug of the generic page that explains how the site and the inquiry form handle personal data. */
export const PRIVACY_PAGE_SLUG: Record<Language, string> = {en: 'privacy', es: 'privacidad'}

/** A document's language as the site reads it: documents written before languages existed are English. */
const languageOf = (target: {language?: string | null}): Language =>
  isLanguage(target.language) ? target.language : DEFAULT_LANGUAGE

/** The URL path of a routed document, or undefined for types that have no page of their own. */
export function pathFor(target: {_type: string; slug?: string | null; language?: string | null}): string | undefined {
  const language = languageOf(target)
  if (target._type === 'homePage') return homePath(language)
  if (!target.slug) return undefined
  if (target._type === 'page')
    return target.slug === GET_HELP_PAGE_SLUG[language]
      ? sectionPath('get-help', language)
      : `${homePath(language)}${target.slug}/`
  const section = sectionOfType(target._type)
  return section ? `${sectionPath(section, language)}${target.slug}/` : undefined
}

/** The href of a validated link: a site path, or the external address as given. */
export function hrefForLink(link: Link, language: Language = DEFAULT_LANGUAGE): string | undefined {
  switch (link.linkType) {
    case 'internal':
      return pathFor(link.internal)
    case 'section':
      return sectionPath(link.section, language)
    case 'external':
      return link.href
  }
}

/** External links open in the same tab but are marked, so visitors know they leave the site. */
export function isExternalHref(href: string): boolean {
  return /^https:\/\//i.test(href)
}

/** `tel:` href from a phone number as people write it: "(312) 555-0142" -> "tel:+13125550142". */
export function telHref(phone: string, defaultCountryCode = '1'): string {
  const digits = phone.replace(/[^\d+]/g, '')
  if (digits.startsWith('+')) return `tel:${digits}`
  // Short codes (988, 911) are dialled as they are; full national numbers get the country code.
  return digits.length >= 10 ? `tel:+${defaultCountryCode}${digits}` : `tel:${digits}`
}

export function smsHref(phone: string): string {
  return telHref(phone).replace(/^tel:/, 'sms:')
}
