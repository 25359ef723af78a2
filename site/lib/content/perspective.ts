// Which version of each document a reader sees. Production builds read `published` only; the
// editors' preview reads `drafts`: every draft laid over its published version.
import type {SeedDocument} from './seedDataset'

export type Perspective = 'published' | 'drafts'

const DRAFT_PREFIX = 'drafts.'
export const isDraftId = (id: string) => id.startsWith(DRAFT_PREFIX)

/** The documents visible in a perspective; drafts take their published id, as in the Content Lake. */
export function applyPerspective(documents: SeedDocument[], perspective: Perspective | 'raw'): SeedDocument[] {
  if (perspective === 'raw') return documents
  const published = documents.filter((doc) => !isDraftId(doc._id))
  if (perspective === 'published') return published
  const drafts = new Map(documents.filter((doc) => isDraftId(doc._id)).map((doc) => [doc._id.slice(DRAFT_PREFIX.length), doc]))
  const publishedIds = new Set(published.map((doc) => doc._id))
  const overlaid = published.map((doc) => {
    const draft = drafts.get(doc._id)
    return draft ? {...draft, _id: doc._id} : doc
  })
  const neverPublished = [...drafts].filter(([id]) => !publishedIds.has(id)).map(([id, draft]) => ({...draft, _id: id}))
  return [...overlaid, ...neverPublished]
}
