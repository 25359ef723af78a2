// Where each kind of document shows on the site, for the Presentation tool ("Used on these pages")
// and the "Open preview" link. URLs come from the site's own routes module, names from the table of
// sections.
import {sectionName, sectionOfType, type SectionKey} from '../../schemas/lib/sections'
import {pathFor, sectionPath} from '../../site/lib/pages/routes'

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

/** A section of the site, as a location. */
const sectionLocation = (section: SectionKey): DocumentLocation => ({title: sectionName(section), href: sectionPath(section)})

/** The pages that show a document, its own page first. */
export function documentLocations(doc: LocatableDocument): DocumentLocation[] {
  const label = doc.title ?? doc.name ?? doc.question ?? 'Untitled'
  switch (doc._type) {
    case 'homePage':
      return [{title: 'Home', href: '/'}]
    case 'siteSettings':
      return [{title: 'Every page (header, crisis line, footer)', href: '/'}, sectionLocation('get-help')]
    case 'accreditation':
      return [sectionLocation('accreditations'), {title: 'Every page (footer badges)', href: '/'}]
    case 'faq':
      return [{title: 'Home', href: '/'}, sectionLocation('get-help')]
    case 'person':
      return [{title: 'Education pages this person reviewed', href: sectionPath('conditions')}]
    default: {
      const own = pathFor({_type: doc._type, slug: doc.slug})
      const section = sectionOfType(doc._type)
      return [...(own ? [{title: label, href: own}] : []), ...(section ? [sectionLocation(section)] : [])]
    }
  }
}

/** The document's own page, for the "Open preview" link; undefined for types without one. */
export function documentPath(doc: LocatableDocument): string | undefined {
  return pathFor({_type: doc._type, slug: doc.slug})
}
