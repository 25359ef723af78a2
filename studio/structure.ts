// The Studio's sidebar: the two singletons first, then one list per kind of content. The lists of
// the site's sections take their names from the table of sections (schemas/lib/sections.ts). Each
// translatable kind has a level per language (English, Español) under the same nine items.
import {CogIcon} from '@sanity/icons/Cog'
import {HomeIcon} from '@sanity/icons/Home'
import type {ComponentType} from 'react'
import type {DocumentBuilder, DocumentListBuilder, StructureBuilder, StructureResolver} from 'sanity/structure'
import {sameLanguageFilter} from '../schemas/lib/languageField'
import {LANGUAGES, singletonId, type Language} from '../schemas/lib/languages'
import {deskTitle, SECTIONS, type SectionKey} from '../schemas/lib/sections'
import {templateId} from './languages/templates'

const API_VERSION = '2025-02-19'

/**
 * A level with one item per language. Any other id (an old address such as
 * /structure/condition;condition-depression) opens that document, so links from before languages
 * still work.
 */
function languageLevel(
  S: StructureBuilder,
  type: string,
  title: string,
  icon: ComponentType | undefined,
  child: (language: (typeof LANGUAGES)[number]) => DocumentBuilder | DocumentListBuilder,
) {
  const items = LANGUAGES.map((language) =>
    S.listItem().id(language.id).title(language.title).schemaType(type).child(child(language)),
  )
  const list = S.list()
    .id(type)
    .title(title)
    .items(items)
    .child((id: string) => {
      const item = LANGUAGES.find((language) => language.id === id)
      return item ? child(item) : S.document().schemaType(type).documentId(id)
    })
  const listItem = S.listItem().title(title).id(type).schemaType(type).child(list)
  return icon ? listItem.icon(icon) : listItem
}

/** A singleton in each language, under its fixed id (homePage, homePage-es). */
function singleton(S: StructureBuilder, type: string, title: string, icon: ComponentType) {
  return languageLevel(S, type, title, icon, (language) =>
    S.document()
      .schemaType(type)
      .documentId(singletonId(type, language.id))
      .initialValueTemplate(templateId(type, language.id))
      .title(`${title} (${language.title})`),
  )
}

/** The documents of one type in one language, new ones created in that language. */
function languageList(S: StructureBuilder, type: string, title: string, language: Language, languageTitle: string) {
  const {filter, params} = sameLanguageFilter(language)
  return S.documentTypeList(type)
    .id(`${type}-${language}`)
    .title(`${title} (${languageTitle})`)
    .apiVersion(API_VERSION)
    .filter(`_type == $type && ${filter}`)
    .params({...params, type})
    .initialValueTemplates([S.initialValueTemplateItem(templateId(type, language))])
}

function translatedList(S: StructureBuilder, type: string, title: string) {
  return languageLevel(S, type, title, undefined, (language) => languageList(S, type, title, language.id, language.title))
}

/** Documents shared by every language (people, accreditations): one list. */
function sharedList(S: StructureBuilder, type: string, title: string) {
  return S.documentTypeListItem(type).title(title)
}

/** The documents of a section of the site, under the section's name. */
function sectionList(S: StructureBuilder, section: Exclude<SectionKey, 'get-help' | 'accreditations'>) {
  return translatedList(S, SECTIONS[section].documents.type, deskTitle(section))
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
      translatedList(S, 'page', 'Pages'),
      translatedList(S, 'faq', 'FAQs'),
      sharedList(S, 'person', 'People'),
      sharedList(S, SECTIONS.accreditations.documents.type, deskTitle('accreditations')),
    ])
