// The Studio's side of the validation rules: the shared rules (rules.ts) in the form Sanity's
// `rule.custom` and `rule.uri` take, and the rules only the Studio can run (they ask the dataset).
import type {SlugIsUniqueValidator} from 'sanity'
import {LANGUAGE_FIELD} from './languages'
import {ALLOWED_URL_SCHEMES, HTTPS_ONLY, phoneProblem, reviewDateProblem} from './rules'

/** Pass to `Rule.uri(...)` on every external URL field. */
export const safeUriOptions = {scheme: [...ALLOWED_URL_SCHEMES]}

/** Pass to `Rule.uri(...)` on addresses that must be https. */
export const httpsUriOptions = {scheme: [...HTTPS_ONLY]}

export const SEO_TITLE_MAX = 60
export const SEO_DESCRIPTION_MIN = 70
export const SEO_DESCRIPTION_MAX = 160

/** A `rule.custom` check from a shared rule; an empty field is left to `required()`. */
function customRule(problemOf: (value: string) => string | undefined) {
  return (value: string | undefined): true | string => (value ? (problemOf(value) ?? true) : true)
}

/** Phone numbers must hold enough digits to dial. */
export const dialablePhone = customRule(phoneProblem)

/** Review dates cannot be in the future. */
export const notInFuture = customRule((date) => reviewDateProblem(date))

/**
 * Drafts and published versions share a slug; other documents of the same type and language must
 * not. Translations may share a slug (a Spanish page lives under /es/); documents without a
 * language (shared by every language) are unique within their type.
 */
export const isUniqueSlugPerType: SlugIsUniqueValidator = async (slug, context) => {
  const {document, getClient} = context
  if (!document) return true
  const publishedId = document._id.replace(/^drafts\./, '')
  const language = typeof document[LANGUAGE_FIELD] === 'string' ? document[LANGUAGE_FIELD] : null
  const client = getClient({apiVersion: '2025-02-19'})
  const taken = await client.fetch<boolean>(
    `defined(*[_type == $type && slug.current == $slug && !(_id in [$draftId, $publishedId]) && ${SAME_LANGUAGE}][0]._id)`,
    {type: document._type, slug, draftId: `drafts.${publishedId}`, publishedId, language},
  )
  return !taken
}

/** GROQ: the document is in $language (null: has no language). */
const SAME_LANGUAGE = `select(defined($language) => ${LANGUAGE_FIELD} == $language, !defined(${LANGUAGE_FIELD}))`
