// Builders for the structured data (schema.org JSON-LD) the site emits, and the one serializer
// that makes it safe to put inside a <script> element.
import {siteConfig} from '../config/config'
import type {SiteSettings} from '../content/collections/siteSettings'
import type {Faq, MedicalReview} from '../content/shapes'
import {toPlainText} from '@portabletext/toolkit'
import {LANGUAGES} from '../../../schemas/lib/languages'

type JsonLd = Record<string, unknown>

const DAY_URLS: Record<string, string> = {
  Monday: 'https://schema.org/Monday',
  Tuesday: 'https://schema.org/Tuesday',
  Wednesday: 'https://schema.org/Wednesday',
  Thursday: 'https://schema.org/Thursday',
  Friday: 'https://schema.org/Friday',
  Saturday: 'https://schema.org/Saturday',
  Sunday: 'https://schema.org/Sunday',
}

/** An absolute URL on the site (the configured SITE_URL unless `siteUrl` is given). */
export function absoluteUrl(path: string, siteUrl = siteConfig().siteUrl): string {
  return new URL(path, `${siteUrl.replace(/\/+$/, '')}/`).toString()
}

export function medicalClinic(
  settings: Pick<SiteSettings, 'clinicName' | 'phone' | 'email' | 'address' | 'hours'>,
  siteUrl = siteConfig().siteUrl,
): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    '@id': `${absoluteUrl('/', siteUrl)}#clinic`,
    name: settings.clinicName,
    url: absoluteUrl('/', siteUrl),
    telephone: settings.phone,
    email: settings.email,
    address: {'@type': 'PostalAddress', ...settings.address},
    // The languages the site (and the clinic's intake) speaks, by their BCP 47 tags.
    availableLanguage: LANGUAGES.map((language) => language.locale),
    openingHoursSpecification: settings.hours.map((row) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: row.days.map((day) => DAY_URLS[day] ?? day),
      opens: row.opens,
      closes: row.closes,
    })),
  }
}

export interface MedicalWebPageInput {
  url: string
  name: string
  description: string
  about: {name: string; type: 'MedicalCondition' | 'MedicalTherapy' | 'MedicalEntity'}
  review: MedicalReview
  dateModified: string
  /** The page's language, as a BCP 47 tag (en-US, es-US). */
  inLanguage: string
}

export function medicalWebPage(input: MedicalWebPageInput): JsonLd {
  const {reviewer} = input.review
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: input.inLanguage,
    about: {'@type': input.about.type, name: input.about.name},
    lastReviewed: input.review.lastReviewed,
    dateModified: input.dateModified,
    reviewedBy: {
      '@type': 'Person',
      name: reviewer.name,
      ...(reviewer.credentials ? {honorificSuffix: reviewer.credentials} : {}),
      ...(reviewer.role ? {jobTitle: reviewer.role} : {}),
    },
  }
}

export function faqPage(faqs: Faq[], inLanguage: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage,
    mainEntity: faqs.map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: {'@type': 'Answer', text: toPlainText(faq.answer)},
    })),
  }
}

export function breadcrumbList(items: {name: string; path: string}[], siteUrl = siteConfig().siteUrl): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.path, siteUrl),
    })),
  }
}

/**
 * JSON for a <script type="application/ld+json"> element. `<`, `>` and `&` are escaped as
 * \u003c etc., so no content (for example "</script>") can end the element early; U+2028/2029
 * are escaped for old parsers. The result is still the same JSON.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
