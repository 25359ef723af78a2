// The site settings as a page in one language shows them: the default language's settings (every
// fact: phone, address, hours, plans) with the words of that language's settings laid over them,
// field by field, and the crisis line for speakers of that language.
import {DEFAULT_LANGUAGE, TRANSLATED_SETTINGS_FIELDS, type Language} from '../../../schemas/lib/languages'
import {NATIONAL_CRISIS_LINES} from '../../../schemas/lib/crisisLine'
import type {SiteSettings} from './collections/siteSettings'
import type {SettingsTranslation} from './collections/settingsTranslations'

/** The crisis line a page shows: who to call, text or chat, and (in Spanish) the option to press. */
export interface CrisisLine {
  heading: string
  callNumber: string
  /** The option to press after calling, for the line in this language ("press 2"). */
  callOption?: string
  textNumber: string
  /** The word to text, for the line in this language ("AYUDA"). */
  textKeyword?: string
  chatUrl: string
  emergencyNumber: string
}

export interface LocalizedSettings extends Omit<SiteSettings, 'crisis'> {
  language: Language
  crisis: CrisisLine
}

/**
 * Settings for pages in `language`. Every field of TRANSLATED_SETTINGS_FIELDS the translation fills
 * in replaces the default language's; an object (the inquiry's words) is laid over field by field,
 * so the facts beside its words (the form's endpoint) stay. A field left empty shows the default
 * language's words rather than nothing.
 */
export function localizeSettings(
  base: SiteSettings,
  translation: SettingsTranslation | undefined,
  language: Language,
  crisisHeading: string,
): LocalizedSettings {
  if (language === DEFAULT_LANGUAGE) return {...base, language}
  const words: Partial<SiteSettings> = {}
  for (const field of TRANSLATED_SETTINGS_FIELDS) {
    const value = translation?.[field]
    if (value === undefined) continue
    Object.assign(words, {[field]: laidOver(base[field], value)})
  }
  return {
    ...base,
    ...words,
    language,
    crisis: {heading: crisisHeading, ...(NATIONAL_CRISIS_LINES[language] ?? base.crisis)},
  }
}

/** `words` in place of `original`; for two objects, only the fields `words` fills in. */
function laidOver(original: unknown, words: unknown): unknown {
  return isRecord(original) && isRecord(words) ? {...original, ...filledIn(words)} : words
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The fields of `words` that hold something: an empty one leaves the default language's. */
function filledIn(words: Record<string, unknown>): Record<string, unknown> {
  // Validated content holds no nulls (validate.ts drops them), only fields left out.
  return Object.fromEntries(Object.entries(words).filter(([, value]) => value !== undefined))
}
