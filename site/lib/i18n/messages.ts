// The site's interface text in every language: one catalog per language, the English one defining
// the keys. A Spanish page takes every word it does not get from content from here, so no English
// interface text reaches it; a key missing in a language is a compile error.
import type {Language} from '../../../schemas/lib/languages'
import {componentMessages} from './componentMessages'
import {pageMessages} from './pageMessages'

const catalogs = {
  en: {...componentMessages.en, ...pageMessages.en},
  es: {...componentMessages.es, ...pageMessages.es},
}

/** Every interface string and phrase of the site, as the English catalog defines them. */
export type Messages = (typeof catalogs)['en']

/** The interface text of pages in `language`. */
export function messagesFor(language: Language): Messages {
  return catalogs[language]
}
