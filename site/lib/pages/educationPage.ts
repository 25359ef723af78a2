// What every education page (program, condition, therapy) derives from its document: its URL,
// metadata, breadcrumbs and structured data (MedicalWebPage, plus FAQPage when it has questions).
import type {SiteSettings} from '../content/collections/siteSettings'
import type {Faq, MedicalReview, RichText, Seo} from '../content/shapes'
import {absoluteUrl, faqPage, medicalWebPage, type MedicalWebPageInput} from '../seo/jsonld'
import {faqsOnPage} from './pageFaqs'
import {sectionEyebrow, sectionName, type SectionKey} from '../../../schemas/lib/sections'
import {pathFor, sectionPath} from './routes'
import {pageMeta, type PageMeta} from '../seo/pageMeta'

export interface EducationDocument {
  _id: string
  _type: string
  _updatedAt: string
  title: string
  slug: string
  summary: string
  body: RichText
  faqs: Faq[]
  medicalReview: MedicalReview
  seo?: Seo
}

export interface EducationPageInput {
  doc: EducationDocument
  section: SectionKey
  about: MedicalWebPageInput['about']['type']
  settings: SiteSettings
  siteUrl: string
}

export interface EducationPage {
  path: string
  /** The label above the title: the section's ("Conditions we treat"). */
  eyebrow: string
  meta: PageMeta
  breadcrumbs: {name: string; path: string}[]
  jsonLd: object[]
}

export function educationPage({doc, section, about, settings, siteUrl}: EducationPageInput): EducationPage {
  const path = pathFor(doc) ?? `${sectionPath(section)}${doc.slug}/`
  const meta = pageMeta({title: doc.title, description: doc.summary, seo: doc.seo, settings, path, siteUrl})
  const faqs = faqsOnPage(doc.body, doc.faqs)
  return {
    path,
    eyebrow: sectionEyebrow(section),
    meta,
    breadcrumbs: [
      {name: 'Home', path: '/'},
      {name: sectionName(section), path: sectionPath(section)},
      {name: doc.title, path},
    ],
    jsonLd: [
      medicalWebPage({
        url: absoluteUrl(path, siteUrl),
        name: doc.title,
        description: meta.description,
        about: {name: doc.title, type: about},
        review: doc.medicalReview,
        dateModified: doc._updatedAt,
      }),
      ...(faqs.length > 0 ? [faqPage(faqs)] : []),
    ],
  }
}
