// Where each kind of document shows on the site, for the Presentation tool ("Used on these pages")
// and the "Open preview" link. URLs come from the site's own routes module, names from the table of
// sections. A translation shows on its language's pages (/es/...).
import {DEFAULT_LANGUAGE, isLanguage, type Language} from '../../schemas/lib/languages'
import {sectionName, sectionOfType, type SectionKey} from '../../schemas/lib/sections'
import {homePath, pathFor, sectionPath} from '../../site/lib/pages/routes'

export interface DocumentLocation {
  title: string
  href: string
}

export interface LocatableDocument {
  _type: string
  title?: string
  name?: string
  question?: string
  slug?: string
  /** A translatable document's language; people and accreditations have none. */
  language?: string
}

/** A section of the site in a language, as a location. */
const sectionLocation = (section: SectionKey, language: Language = DEFAULT_LANGUAGE): DocumentLocation => ({
  title: sectionName(section),
  href: sectionPath(section, language),
})

/** The pages that show a document, its own page first. */
export function documentLocations(doc: LocatableDocument): DocumentLocation[] {
  const label = doc.title ?? doc.name ?? doc.question ?? 'Untitled'
  const language = isLanguage(doc.language) ? doc.language : DEFAULT_LANGUAGE
  const home = homePath(language)
  switch (doc._type) {
    case 'homePage':
      return [{title: 'Home', href: home}]
    case 'siteSettings':
      return [{title: 'Every page (header, crisis line, footer)', href: home}, sectionLocation('get-help', language)]
    case 'accreditation':
      return [sectionLocation('accreditations'), {title: 'Every page (footer badges)', href: '/'}]
    case 'faq':
      return [{title: 'Home', href: home}, sectionLocation('get-help', language)]
    case 'person':
      return [{title: 'Education pages this person reviewed', href: sectionPath('conditions')}]
    default: {
      const own = pathFor({_type: doc._type, slug: doc.slug, language})
      const section = sectionOfType(doc._type)
      return [...(own ? [{title: label, href: own}] : []), ...(section ? [sectionLocation(section, language)] : [])]
    }
  }
}

/** The document's own page, for the "Open preview" link; undefined for types without one. */
export function documentPath(doc: LocatableDocument): string | undefined {
  return pathFor({_type: doc._type, slug: doc.slug, language: doc.language})
}
