// What every education page (program, condition, therapy) derives from its document: its URL,
// metadata, breadcrumbs and structured data (MedicalWebPage, plus FAQPage when it has questions).
import type {SiteSettings} from './content/collections/siteSettings'
import type {Faq, MedicalReview, RichText, Seo} from './content/shapes'
import {absoluteUrl, faqPage, medicalWebPage, type MedicalWebPageInput} from './jsonld'
import {faqsOnPage} from './pageFaqs'
import {pathFor, SECTION_PATHS, type Section} from './routes'
import {pageMeta, type PageMeta} from './seo'

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
  section: Section
  /** The section's name in breadcrumbs, e.g. "Conditions we treat". */
  sectionName: string
  about: MedicalWebPageInput['about']['type']
  settings: SiteSettings
  siteUrl: string
}

export interface EducationPage {
  path: string
  meta: PageMeta
  breadcrumbs: {name: string; path: string}[]
  jsonLd: object[]
}

export function educationPage({doc, section, sectionName, about, settings, siteUrl}: EducationPageInput): EducationPage {
  const path = pathFor(doc) ?? `${SECTION_PATHS[section]}${doc.slug}/`
  const meta = pageMeta({title: doc.title, description: doc.summary, seo: doc.seo, settings, path, siteUrl})
  const faqs = faqsOnPage(doc.body, doc.faqs)
  return {
    path,
    meta,
    breadcrumbs: [
      {name: 'Home', path: '/'},
      {name: sectionName, path: SECTION_PATHS[section]},
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
