// Which documents are translations of each other: the translation.metadata documents the Studio's
// document-internationalization plugin keeps, one per set of translations. Pages read them for their
// hreflang alternates and language switch; the build reads them to list stale translations.
import {z} from 'zod'
import {DEFAULT_LANGUAGE, translationIsStale} from '../../../../schemas/lib/languages'
import {languageSchema} from '../shapes'
import {PAGED, PUBLISHED, defineContentCollection} from './define'

export const translationSetSchema = z.object({
  _id: z.string(),
  /** Each language's published document (the query leaves out those not published yet). */
  members: z.array(z.object({language: languageSchema, id: z.string(), updatedAt: z.string()})).default([]),
})
export type TranslationSet = z.infer<typeof translationSetSchema>

/**
 * Translations whose source (the default language's document) changed after they were last
 * changed, as sentences an editor can act on: every build lists them, as warnings.
 */
export function staleTranslations(sets: readonly TranslationSet[]): string[] {
  return sets.flatMap(({members}) => {
    const source = members.find((member) => member.language === DEFAULT_LANGUAGE)
    if (!source) return []
    return members
      .filter((member) => member !== source && translationIsStale({_updatedAt: source.updatedAt}, {_updatedAt: member.updatedAt}))
      .map(
        (member) =>
          `Translation out of date: "${member.id}" (${member.language}) was last changed on ${member.updatedAt.slice(0, 10)}, ` +
          `before its source "${source.id}" changed on ${source.updatedAt.slice(0, 10)}. Check it says the same, then publish it again.`,
      )
  })
}

const filter = /* groq */ `_type == "translation.metadata" && ${PUBLISHED}`
// Members whose document is not published resolve to nothing and are dropped here.
const projection = /* groq */ `{
    _id,
    "members": translations[defined(value->_id)]{"language": coalesce(language, _key), "id": value->_id, "updatedAt": value->_updatedAt}
  }`
// Not through defineQuery: TypeGen cannot type it (see TranslationsQueryResult below).
export const translationsQuery = /* groq */ `*[${filter}] | order(_id asc) ${PAGED} ${projection}`

/**
 * The query's result, written out: translation.metadata is the plugin's type, added to the Studio's
 * schema by the plugin at run time, so TypeGen (which reads schemas/) cannot type this query.
 */
type TranslationsQueryResult = Array<{
  _id: string
  members: Array<{language: string | null; id: string | null; updatedAt: string | null}> | null
}>

export const translations = defineContentCollection<TranslationsQueryResult>()({
  name: 'translations',
  slugged: false,
  small: true,
  filter,
  projection,
  query: translationsQuery,
  schema: translationSetSchema,
  warnings: staleTranslations,
})
