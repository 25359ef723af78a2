// The words of the translation notes, in the Studio's interface languages: English, and Spanish
// for editors who switched the Studio to Spanish. The date is formatted in the same locale.
import {defineLocaleResourceBundle} from 'sanity'

export const NOTES_NAMESPACE = 'clinic-translations'

export const notesBundles = [
  defineLocaleResourceBundle({
    locale: 'en-US',
    namespace: NOTES_NAMESPACE,
    resources: {
      'stale.badge': 'Source changed',
      'stale.badge-title': 'The English version changed on {{date}}. Review this translation and publish it again.',
      'stale.banner-title': 'The English version changed on {{date}}',
      'stale.banner-text':
        ', after this translation was last published. Compare the two, bring this translation up to date, and publish it again.',
      'settings.facts-note':
        'Phone numbers, address, opening hours, the crisis line, insurance plans, the form’s address and the language-assistance notices are kept once, in the English site settings (Site settings › English). Change them there: Spanish pages show them too.',
    },
  }),
  defineLocaleResourceBundle({
    locale: 'es-ES',
    namespace: NOTES_NAMESPACE,
    resources: {
      'stale.badge': 'Cambió el original',
      'stale.badge-title': 'La versión en inglés cambió el {{date}}. Revise esta traducción y vuelva a publicarla.',
      'stale.banner-title': 'La versión en inglés cambió el {{date}}',
      'stale.banner-text':
        ', después de la última publicación de esta traducción. Compare las dos, actualice la traducción y vuelva a publicarla.',
      'settings.facts-note':
        'Los teléfonos, la dirección, el horario, la línea de crisis, los seguros, la dirección del formulario y los avisos de asistencia lingüística se guardan una sola vez, en la configuración en inglés (Site settings › English). Cámbielos allí: las páginas en español también los muestran.',
    },
  }),
]

/** A source's change date as editors read it, in the Studio's language and the browser's time zone. */
export function formatSourceDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeStyle: 'short'}).format(new Date(iso))
}
