// Where each kind of document shows on the site, for the Presentation tool ("Used on these pages")
// and the "Open preview" link. URLs come from the site's own routes module.
import {pathFor, SECTION_PATHS} from '../../site/lib/routes'

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
}

const SECTION_TITLES: Record<string, {title: string; href: string}> = {
  program: {title: 'Programs', href: SECTION_PATHS.programs},
  condition: {title: 'Conditions we treat', href: SECTION_PATHS.conditions},
  therapy: {title: 'Therapies', href: SECTION_PATHS.therapies},
}

/** The pages that show a document, its own page first. */
export function documentLocations(doc: LocatableDocument): DocumentLocation[] {
  const label = doc.title ?? doc.name ?? doc.question ?? 'Untitled'
  switch (doc._type) {
    case 'homePage':
      return [{title: 'Home', href: '/'}]
    case 'siteSettings':
      return [
        {title: 'Every page (header, crisis line, footer)', href: '/'},
        {title: 'Get help', href: SECTION_PATHS['get-help']},
      ]
    case 'accreditation':
      return [
        {title: 'Accreditations', href: SECTION_PATHS.accreditations},
        {title: 'Every page (footer badges)', href: '/'},
      ]
    case 'faq':
      return [
        {title: 'Home', href: '/'},
        {title: 'Get help', href: SECTION_PATHS['get-help']},
      ]
    case 'person':
      return [{title: 'Education pages this person reviewed', href: SECTION_PATHS.conditions}]
    default: {
      const own = pathFor({_type: doc._type, slug: doc.slug})
      const section = SECTION_TITLES[doc._type]
      return [...(own ? [{title: label, href: own}] : []), ...(section ? [section] : [])]
    }
  }
}

/** The document's own page, for the "Open preview" link; undefined for types without one. */
export function documentPath(doc: LocatableDocument): string | undefined {
  return pathFor({_type: doc._type, slug: doc.slug})
}
