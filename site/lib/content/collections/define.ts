import type {z} from 'zod'

/**
 * One content collection: the GROQ query that fetches all its documents at once and the zod
 * schema each document must match. `slugged` collections must not repeat a slug.
 */
export interface ContentCollection<S extends z.ZodType = z.ZodType> {
  name: string
  /** Returns every document of the collection; `$from`/`$to` page through large sets. */
  query: string
  schema: S
  slugged: boolean
  /** Why a valid document must not be shown right now (an expired accreditation), if so. */
  hiddenBecause?: (data: z.output<S>) => string | undefined
}

export function defineContentCollection<S extends z.ZodType>(collection: ContentCollection<S>): ContentCollection<S> {
  return collection
}

/** The GROQ filter every collection uses: published documents of one type, in a stable order. */
export function byType(type: string, order = 'order asc, title asc, _id asc') {
  return /* groq */ `*[_type == "${type}" && !(_id in path("drafts.**"))] | order(${order}) [$from...$to]`
}
