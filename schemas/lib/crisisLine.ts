// The crisis line's national numbers, a fact of the content model the site needs too. Plain values
// with no Sanity imports, so the site can use them without bundling the Studio.
import type {Language} from './languages'

/** The crisis line's national numbers: prefilled in the Studio, and the site's fallback. */
export const CRISIS_DEFAULTS = {
  heading: 'In crisis or thinking about suicide?',
  callNumber: '988',
  textNumber: '988',
  chatUrl: 'https://988lifeline.org/chat/',
  emergencyNumber: '911',
} as const

/**
 * The same 988 Lifeline for Spanish speakers: call and press 2, or text the word AYUDA, or chat on
 * its Spanish site. National facts, not editable, so a Spanish page always carries them.
 */
export const SPANISH_CRISIS_LINE = {
  callNumber: '988',
  callOption: '2',
  textNumber: '988',
  textKeyword: 'AYUDA',
  chatUrl: 'https://988lineadevida.org/',
  emergencyNumber: '911',
} as const

/**
 * The crisis line of each language besides the default (whose line editors keep in the site
 * settings): the same national line, in that language.
 */
export const NATIONAL_CRISIS_LINES: Partial<Record<Language, typeof SPANISH_CRISIS_LINE>> = {es: SPANISH_CRISIS_LINE}
