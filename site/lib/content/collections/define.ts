import type {z} from 'zod'
import type {FieldDisagreements} from './fieldAgreement'

/** Published documents only: drafts never reach a build, from either source. */
export const PUBLISHED = /* groq */ `!(_id in path("drafts.**"))`

/** The order of routed documents on index pages: editors' order, then title. */
export const DISPLAY_ORDER = /* groq */ `order asc, title asc, _id asc`

/** One page of a collection's documents: the loader passes `$from` and `$to`. */
export const PAGED = /* groq */ `[$from...$to]`

export interface ContentCollectionDefinition<S extends z.ZodType> {
  name: string
  /** GROQ filter selecting the collection's published documents. */
  filter: string
  /** GROQ projection, `{...}`, resolving every reference the pages need. */
  projection: string
  /**
   * Every document, one page at a time: `*[filter] | order(...) [$from...$to] projection`, written
   * with `defineQuery` so that Sanity TypeGen types its result (`npm run typegen`).
   */
  query: string
  schema: S
  /** Whether documents have a slug that must be unique in the collection. */
  slugged: boolean
  /**
   * A handful of documents (singletons, people, FAQs): a first build fetches them together with the
   * other small collections, in one request.
   */
  small?: boolean
  /** Why a valid document must not be shown right now (an expired accreditation), if so. */
  hiddenBecause?(data: z.output<S>): string | undefined
  /** What every build should say about the collection's documents (stale translations), as sentences. */
  warnings?(documents: z.output<S>[]): string[]
}

/**
 * One content collection: the GROQ queries that fetch it (all at once, paged; or only what
 * changed) and the zod schema each document must match.
 */
export interface ContentCollection<S extends z.ZodType = z.ZodType> extends ContentCollectionDefinition<S> {
  /**
   * Documents whose projected data may differ after the documents `$ids` changed: those documents
   * and the ones that reference them (projections only follow references outward).
   */
  changedQuery: string
  /** Ids of every document of the collection, to notice deletions. */
  idsQuery: string
}

/**
 * The schema, if it names exactly the fields of `QueryResult` (TypeGen's type of the query);
 * otherwise a type that no zod schema matches, whose one property lists every disagreement.
 */
type AgreeingSchema<QueryResult, S extends z.ZodType> = [FieldDisagreements<QueryResult, z.input<S>>] extends [never]
  ? S
  : {'zod and the query disagree': FieldDisagreements<QueryResult, z.input<S>>}

/**
 * Defines a collection. The type argument is TypeGen's result type of its query
 * (`ConditionsQueryResult`): the compiler then holds the zod schema to the fields the query returns.
 */
export function defineContentCollection<QueryResult extends readonly unknown[]>() {
  return <S extends z.ZodType>(
    definition: ContentCollectionDefinition<S> & {schema: AgreeingSchema<QueryResult[number], S>},
  ): ContentCollection<S> => {
    const {name, filter, projection, query} = definition
    // The typed query and the derived ones must select and project the same documents.
    if (!query.startsWith(`*[${filter}] `) || !query.endsWith(` ${PAGED} ${projection}`))
      throw new Error(
        `Collection "${name}": its query must be *[filter] | order(...) ${PAGED} projection, from its own filter and projection.`,
      )
    return {
      ...definition,
      changedQuery: /* groq */ `*[${filter} && (_id in $ids || references($ids))] ${projection}`,
      idsQuery: /* groq */ `*[${filter}]._id`,
    }
  }
}
