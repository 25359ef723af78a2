// What a page with content from the Studio derives from it: its URL, metadata, breadcrumbs and
// structured data (MedicalWebPage when a clinician reviewed it, FAQPage when it has questions).
// Education pages (program, condition, therapy) always carry a review; generic pages may.
import type {SectionKey} from '../../../schemas/lib/sections'
import type {EducationDocument} from '../content/collections/educationFields'
import type {LocalizedSettings} from '../content/settings'
import {messagesFor} from '../i18n/messages'
import type {Faq, MedicalReview, RichText, Seo} from '../content/shapes'
import {absoluteUrl, faqPage, medicalWebPage, type MedicalWebPageInput} from '../seo/jsonld'
import {pageMeta, type PageMeta} from '../seo/pageMeta'
import {faqsOnPage} from './pageFaqs'
import {homePath, pathFor, sectionPath} from './routes'

export interface ContentPageInput {
  path: string
  title: string
  summary: string
  seo?: Seo
  body: RichText
  /** Questions listed after the body (FAQ blocks inside it count too). */
  faqs?: Faq[]
  /** Who reviewed the page and when; the page then says it is a medical web page. */
  review?: MedicalReview
  dateModified?: string
  about: MedicalWebPageInput['about']['type']
  settings: LocalizedSettings
}

export interface ContentPage {
  meta: PageMeta
  jsonLd: object[]
}

export function contentPage({
  path,
  title,
  summary,
  seo,
  body,
  faqs,
  review,
  dateModified,
  about,
  settings,
}: ContentPageInput): ContentPage {
  const meta = pageMeta({title, description: summary, seo, settings, path})
  const questions = faqsOnPage(body, faqs)
  const {locale} = messagesFor(settings.language)
  return {
    meta,
    jsonLd: [
      ...(review && dateModified
        ? [
            medicalWebPage({
              url: absoluteUrl(path),
              name: title,
              description: meta.description,
              about: {name: title, type: about},
              review,
              dateModified,
              inLanguage: locale,
            }),
          ]
        : []),
      ...(questions.length > 0 ? [faqPage(questions, locale)] : []),
    ],
  }
}

export interface EducationPage extends ContentPage {
  path: string
  /** The label above the title: the section's ("Conditions we treat"). */
  eyebrow: string
  breadcrumbs: {name: string; path: string}[]
}

export function educationPage(
  doc: EducationDocument,
  section: SectionKey,
  about: ContentPageInput['about'],
  settings: LocalizedSettings,
): EducationPage {
  const {language} = doc
  const path = pathFor(doc) ?? `${sectionPath(section, language)}${doc.slug}/`
  const {title, summary, seo, body, faqs, medicalReview, _updatedAt} = doc
  const t = messagesFor(language)
  return {
    ...contentPage({path, title, summary, seo, body, faqs, review: medicalReview, dateModified: _updatedAt, about, settings}),
    path,
    eyebrow: t.sections[section].eyebrow,
    breadcrumbs: [
      {name: t.home, path: homePath(language)},
      {name: t.sections[section].shortName, path: sectionPath(section, language)},
      {name: title, path},
    ],
  }
}
