// Which documents a reader sees: `published` hides drafts and versions; `drafts` lays each draft
// over its published document under the published id; `raw` is everything, ids as stored.
import {isDraftId, isPublishedId, publishedIdOf} from './ids.ts'
import type {LakeDocument} from './types.ts'

export type Perspective = 'published' | 'drafts' | 'raw'

/** The API's names: `previewDrafts` is the older name of `drafts`; no perspective means raw. */
export function perspectiveFromParam(name: string | null): Perspective {
  const stack = (name ?? 'raw').split(',')
  if (stack.includes('raw')) return 'raw'
  if (stack.length === 1 && stack[0] === 'published') return 'published'
  // `drafts`, or a stack of releases over drafts: the lake has no releases, so drafts are the top.
  return 'drafts'
}

export function viewOf(documents: LakeDocument[], perspective: Perspective): LakeDocument[] {
  if (perspective === 'raw') return documents
  const published = documents.filter((doc) => isPublishedId(doc._id))
  if (perspective === 'published') return published
  const drafts = new Map(documents.filter((doc) => isDraftId(doc._id)).map((doc) => [publishedIdOf(doc._id), doc]))
  const publishedIds = new Set(published.map((doc) => doc._id))
  const overlaid = published.map((doc) => {
    const draft = drafts.get(doc._id)
    return draft ? {...draft, _id: doc._id} : doc
  })
  const neverPublished = [...drafts].filter(([id]) => !publishedIds.has(id)).map(([id, draft]) => ({...draft, _id: id}))
  return [...overlaid, ...neverPublished]
}
