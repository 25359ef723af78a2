// The site settings as a page in one language shows them: the default language's settings (every
// fact: phone, address, hours, plans) with the words of that language's settings laid over them,
// field by field, and the crisis line for speakers of that language.
import {DEFAULT_LANGUAGE, type Language} from '../../../schemas/lib/languages'
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
 * Settings for pages in `language`. A translated field left empty shows the default language's
 * words rather than nothing; facts are never translated.
 */
export function localizeSettings(
  base: SiteSettings,
  translation: SettingsTranslation | undefined,
  language: Language,
  crisisHeading: string,
): LocalizedSettings {
  if (language === DEFAULT_LANGUAGE) return {...base, language}
  const inquiry = translation?.inquiry ?? {}
  return {
    ...base,
    language,
    tagline: translation?.tagline ?? base.tagline,
    insuranceStatement: translation?.insuranceStatement ?? base.insuranceStatement,
    insuranceDetails: translation?.insuranceDetails ?? base.insuranceDetails,
    navigation: translation?.navigation ?? base.navigation,
    defaultSeo: translation?.defaultSeo ?? base.defaultSeo,
    inquiry: {
      endpoint: base.inquiry.endpoint,
      responseTime: inquiry.responseTime ?? base.inquiry.responseTime,
      consentText: inquiry.consentText ?? base.inquiry.consentText,
      nextSteps: inquiry.nextSteps ?? base.inquiry.nextSteps,
    },
    crisis: {heading: crisisHeading, ...(NATIONAL_CRISIS_LINES[language] ?? base.crisis)},
  }
}
