// New-document templates per language: a document created in a language's list, or from the
// "Create" menu's "Condition (Español)", starts with that language.
import type {Template} from 'sanity'
import {LANGUAGE_FIELD, LANGUAGES, TRANSLATABLE_TYPES, isTranslatableType, type Language} from '../../schemas/lib/languages'

export const templateId = (type: string, language: Language) => `${type}-${language}`

/** Replaces each translatable type's language-less template with one per language. */
export function languageTemplates(previous: Template[], titleOf: (type: string) => string): Template[] {
  const perLanguage = TRANSLATABLE_TYPES.flatMap((type) =>
    LANGUAGES.map((language): Template => ({
      id: templateId(type, language.id),
      title: `${titleOf(type)} (${language.title})`,
      schemaType: type,
      value: {[LANGUAGE_FIELD]: language.id},
    })),
  )
  return [...previous.filter((template) => !isTranslatableType(template.schemaType)), ...perLanguage]
}
