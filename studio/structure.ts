// The Studio's sidebar: the two singletons first, then one list per kind of content. The lists of
// the site's sections take their names from the table of sections (schemas/lib/sections.ts).
import {CogIcon} from '@sanity/icons/Cog'
import {HomeIcon} from '@sanity/icons/Home'
import type {ComponentType} from 'react'
import type {StructureBuilder, StructureResolver} from 'sanity/structure'
import {deskTitle, SECTIONS, type SectionKey} from '../schemas/lib/sections'

function singleton(S: StructureBuilder, type: string, title: string, icon: ComponentType) {
  return S.listItem().title(title).id(type).icon(icon).child(S.document().schemaType(type).documentId(type).title(title))
}

function documentList(S: StructureBuilder, type: string, title: string) {
  return S.documentTypeListItem(type).title(title)
}

/** The documents of a section of the site, under the section's name. */
function sectionList(S: StructureBuilder, section: Exclude<SectionKey, 'get-help'>) {
  return documentList(S, SECTIONS[section].documents.type, deskTitle(section))
}

export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      singleton(S, 'siteSettings', 'Site settings', CogIcon),
      singleton(S, 'homePage', 'Home page', HomeIcon),
      S.divider(),
      sectionList(S, 'programs'),
      sectionList(S, 'conditions'),
      sectionList(S, 'therapies'),
      documentList(S, 'page', 'Pages'),
      documentList(S, 'faq', 'FAQs'),
      documentList(S, 'person', 'People'),
      sectionList(S, 'accreditations'),
    ])
