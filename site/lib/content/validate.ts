// Checks fetched documents against their collection's schema before any page sees them. Every
// problem names the document id and the field path, so an editor knows what to fix.
import type {z} from 'zod'
import type {ContentCollection} from './collections/define'
import {fieldOf} from './fieldOf'

export class ContentValidationError extends Error {
  override name = 'ContentValidationError'
  constructor(readonly problems: string[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix before the site can build:\n- ${problems.join('\n- ')}`,
    )
  }
}

/** Drops null fields (GROQ's "absent") from objects; array items stay, so dangling references show. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls)
  if (!value || typeof value !== 'object') return value
  const result: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(value)) if (child !== null) result[key] = withoutNulls(child)
  return result
}

function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>(
    (text, segment) =>
      typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${String(segment)}` : String(segment),
    '',
  )
}

/**
 * What must be unique about a document's slug: the slug in its language, since each language's
 * pages have addresses of their own (/conditions/x/ and /es/condiciones/x/).
 */
export function slugKey(data: unknown): string | undefined {
  const slug = fieldOf(data, 'slug')
  return typeof slug === 'string' ? `${String(fieldOf(data, 'language') ?? '')}:${slug}` : undefined
}

export interface ValidatedEntry<T> {
  id: string
  data: T
}

/**
 * Checks a collection's documents a page at a time, so a large collection need not be held whole;
 * `finish()` throws one error listing every problem found in all pages. `takenSlugs` (slugKey ->
 * document id) holds slugs of documents already loaded and not refetched.
 */
export function collectionValidator<S extends z.ZodType>(
  collection: ContentCollection<S>,
  takenSlugs: ReadonlyMap<string, string> = new Map(),
) {
  const problems: string[] = []
  const invalid = new Set<string>()
  const slugOwners = new Map(takenSlugs)
  return {
    /** Every problem found so far, one sentence each. */
    problems: problems as readonly string[],
    /** Ids of the documents with a problem, found so far. */
    invalidIds: (): string[] => [...invalid],
    /** The valid documents of this page; problems are kept for `finish()`. */
    check(documents: unknown[]): ValidatedEntry<z.output<S>>[] {
      const entries: ValidatedEntry<z.output<S>>[] = []
      for (const document of documents) {
        const id = String(fieldOf(document, '_id') ?? '(document without _id)')
        const parsed = collection.schema.safeParse(withoutNulls(document))
        if (!parsed.success) {
          invalid.add(id)
          for (const issue of parsed.error.issues) {
            problems.push(`${collection.name}: document "${id}", field "${formatPath(issue.path) || '(root)'}": ${issue.message}`)
          }
          continue
        }
        if (collection.slugged) {
          const slug = String(fieldOf(parsed.data, 'slug'))
          const key = slugKey(parsed.data)
          const owner = key === undefined ? undefined : slugOwners.get(key)
          if (owner) {
            invalid.add(id)
            problems.push(
              `${collection.name}: document "${id}", field "slug": "${slug}" is already used by document "${owner}"; slugs must be unique in each language`,
            )
            continue
          } else if (key !== undefined) slugOwners.set(key, id)
        }
        entries.push({id, data: parsed.data})
      }
      return entries
    },
    finish(): void {
      if (problems.length > 0) throw new ContentValidationError(problems)
    },
  }
}

/** Validates every document; throws one error listing every problem in the collection. */
export function validateCollection<S extends z.ZodType>(
  collection: ContentCollection<S>,
  documents: unknown[],
  takenSlugs: ReadonlyMap<string, string> = new Map(),
): ValidatedEntry<z.output<S>>[] {
  const validator = collectionValidator(collection, takenSlugs)
  const entries = validator.check(documents)
  validator.finish()
  return entries
}
