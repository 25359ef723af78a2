// The Studio's side of languages: the `language` field every translatable document has, and the
// rules that keep a translation's references inside its own language.
import {
  defineArrayMember,
  defineField,
  type FieldDefinition,
  type ReferenceFilterResolverContext,
  type Rule,
  type ValidationContext,
} from 'sanity'
import {DEFAULT_LANGUAGE, LANGUAGE_FIELD, LANGUAGES, isLanguage, type Language} from './languages'

/**
 * The document's language, as @sanity/document-internationalization reads and writes it. Editors
 * never set it: the desk list or the translation menu a document was created from does.
 */
export function languageField() {
  return defineField({
    name: LANGUAGE_FIELD,
    title: 'Language',
    type: 'string',
    options: {list: LANGUAGES.map(({id, title}) => ({title, value: id}))},
    readOnly: true,
    hidden: true,
  })
}

/** A language's name as editors read it ("Español"), or the id when it is not one of ours. */
export const languageTitle = (language: string) => LANGUAGES.find(({id}) => id === language)?.title ?? language

/** The language of the document being edited, when it has one. */
export function documentLanguage(document: unknown): Language | undefined {
  const value = (document as Record<string, unknown> | undefined)?.[LANGUAGE_FIELD]
  return isLanguage(value) ? value : undefined
}

/**
 * The GROQ filter that offers only documents in `language`. Documents written before languages
 * existed count as the default language.
 */
export function sameLanguageFilter(language: Language): {filter: string; params: {language: string}} {
  return language === DEFAULT_LANGUAGE
    ? {filter: `(${LANGUAGE_FIELD} == $language || !defined(${LANGUAGE_FIELD}))`, params: {language}}
    : {filter: `${LANGUAGE_FIELD} == $language`, params: {language}}
}

/** A reference field's `options.filter`: the documents in the language of the one being edited. */
export function sameLanguageOptions() {
  return {
    filter: ({document}: ReferenceFilterResolverContext) => {
      const language = documentLanguage(document)
      return language ? sameLanguageFilter(language) : {}
    },
  }
}

/**
 * The problem with a reference from a document in `from` to one in `to`, as a sentence naming the
 * field; undefined when both are in the same language (or either has none, as shared documents).
 */
export function languageMismatch(fieldTitle: string, from: Language | undefined, to: unknown): string | undefined {
  const target = to === null || to === undefined ? DEFAULT_LANGUAGE : to
  if (!from || !isLanguage(target) || target === from) return undefined
  return `${fieldTitle}: this document is in ${languageTitle(from)}, but the one chosen is in ${languageTitle(target)}. Choose its ${languageTitle(from)} translation.`
}

/** A reference field's `rule.custom`: an error when the chosen document is in another language. */
export function sameLanguageReference(fieldTitle: string) {
  return async (value: {_ref?: string} | undefined, context: ValidationContext): Promise<true | string> => {
    const from = documentLanguage(context.document)
    if (!value?._ref || !from) return true
    const target = await context
      .getClient({apiVersion: '2025-02-19'})
      .fetch<{language?: string | null} | null>(`*[_id in [$id, "drafts." + $id]][0]{${LANGUAGE_FIELD}}`, {id: value._ref})
    // A document that does not exist (yet) has no language to disagree with.
    if (!target) return true
    return languageMismatch(fieldTitle, from, target.language) ?? true
  }
}

/** An array member that references documents of `to`, offering and accepting only the document's language. */
export function sameLanguageReferenceMember(to: readonly string[], fieldTitle: string) {
  return defineArrayMember({
    type: 'reference',
    to: to.map((type) => ({type})),
    options: sameLanguageOptions(),
    validation: (rule) => rule.custom(sameLanguageReference(fieldTitle)),
  })
}

/** True for a document in a language other than the default: a translation. */
export function isTranslation(document: unknown): boolean {
  const language = documentLanguage(document)
  return language !== undefined && language !== DEFAULT_LANGUAGE
}

type FieldValidation = (rule: Rule, context?: ValidationContext) => unknown

/**
 * A field that holds a fact kept once, in the default language's document: hidden on translations,
 * and not validated there (the translation never holds it).
 */
export function keptInDefaultLanguage<T extends FieldDefinition>(field: T): T {
  const own = field.validation as FieldValidation | FieldValidation[] | undefined
  const validation: FieldValidation = (rule, context) => {
    if (isTranslation(context?.document)) return rule.skip()
    if (typeof own === 'function') return own(rule, context)
    return own ?? []
  }
  return {
    ...field,
    hidden: ({document}: {document?: unknown}) => isTranslation(document),
    validation: validation as T['validation'],
  }
}
