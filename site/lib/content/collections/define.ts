import type {z} from 'zod'

/** Published documents only: drafts never reach a build, from either source. */
export const PUBLISHED = /* groq */ `!(_id in path("drafts.**"))`

export interface ContentCollectionDefinition<S extends z.ZodType> {
  name: string
  /** GROQ filter selecting the collection's documents (published only is added). */
  filter: string
  order?: string
  /** GROQ projection, `{...}`, resolving every reference the pages need. */
  projection: string
  schema: S
  /** Whether documents have a slug that must be unique in the collection. */
  slugged: boolean
  /**
   * A handful of documents (singletons, people, FAQs): a first build fetches them together with the
   * other small collections, in one request.
   */
  small?: boolean
  /** Why a valid document must not be shown right now (an expired accreditation), if so. */
  hiddenBecause?: (data: z.output<S>) => string | undefined
}

/**
 * One content collection: the GROQ queries that fetch it (all at once, paged; or only what
 * changed) and the zod schema each document must match.
 */
export interface ContentCollection<S extends z.ZodType = z.ZodType> extends ContentCollectionDefinition<S> {
  /** Every document, one page (`$from`...`$to`) at a time. */
  query: string
  /**
   * Documents whose projected data may differ after the documents `$ids` changed: those documents
   * and the ones that reference them (projections only follow references outward).
   */
  changedQuery: string
  /** Ids of every document of the collection, to notice deletions. */
  idsQuery: string
}

export function defineContentCollection<S extends z.ZodType>(definition: ContentCollectionDefinition<S>): ContentCollection<S> {
  const filter = `${definition.filter} && ${PUBLISHED}`
  const order = definition.order ?? 'order asc, title asc, _id asc'
  return {
    ...definition,
    query: /* groq */ `*[${filter}] | order(${order}) [$from...$to] ${definition.projection}`,
    changedQuery: /* groq */ `*[${filter} && (_id in $ids || references($ids))] ${definition.projection}`,
    idsQuery: /* groq */ `*[${filter}]._id`,
  }
}

/** The filter for documents of one type. */
export function ofType(type: string): string {
  return `_type == "${type}"`
}
