// The Studio's sidebar: the two singletons first, then one list per kind of content.
import {CogIcon} from '@sanity/icons/Cog'
import {HomeIcon} from '@sanity/icons/Home'
import type {ComponentType} from 'react'
import type {StructureBuilder, StructureResolver} from 'sanity/structure'

function singleton(S: StructureBuilder, type: string, title: string, icon: ComponentType) {
  return S.listItem().title(title).id(type).icon(icon).child(S.document().schemaType(type).documentId(type).title(title))
}

function documentList(S: StructureBuilder, type: string, title: string) {
  return S.documentTypeListItem(type).title(title)
}

export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      singleton(S, 'siteSettings', 'Site settings', CogIcon),
      singleton(S, 'homePage', 'Home page', HomeIcon),
      S.divider(),
      documentList(S, 'program', 'Program & care'),
      documentList(S, 'condition', 'Conditions'),
      documentList(S, 'therapy', 'Therapies'),
      documentList(S, 'page', 'Pages'),
      documentList(S, 'faq', 'FAQs'),
      documentList(S, 'person', 'People'),
      documentList(S, 'accreditation', 'Accreditations'),
    ])
