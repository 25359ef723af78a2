// Checks fetched documents against their collection's schema before any page sees them. Every
// problem names the document id and the field path, so an editor knows what to fix.
import type {z} from 'zod'
import type {ContentCollection} from './collections/define'

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

export interface ValidatedEntry<T> {
  id: string
  data: T
}

/**
 * Validates every document; throws one error listing every problem in the collection.
 * `takenSlugs` (slug -> document id) holds slugs of documents already loaded and not refetched.
 */
export function validateCollection<S extends z.ZodType>(
  collection: ContentCollection<S>,
  documents: unknown[],
  takenSlugs: ReadonlyMap<string, string> = new Map(),
): ValidatedEntry<z.output<S>>[] {
  const problems: string[] = []
  const entries: ValidatedEntry<z.output<S>>[] = []
  const slugOwners = new Map(takenSlugs)
  for (const document of documents) {
    const id = String((document as {_id?: unknown})?._id ?? '(document without _id)')
    const parsed = collection.schema.safeParse(withoutNulls(document))
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`${collection.name}: document "${id}", field "${formatPath(issue.path) || '(root)'}": ${issue.message}`)
      }
      continue
    }
    if (collection.slugged) {
      const slug = (parsed.data as {slug: string}).slug
      const owner = slugOwners.get(slug)
      if (owner)
        problems.push(
          `${collection.name}: document "${id}", field "slug": "${slug}" is already used by document "${owner}"; slugs must be unique`,
        )
      else slugOwners.set(slug, id)
    }
    entries.push({id, data: parsed.data})
  }
  if (problems.length > 0) throw new ContentValidationError(problems)
  return entries
}
