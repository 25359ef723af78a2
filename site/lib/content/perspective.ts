// Which version of each document a reader sees. Production builds read `published` only; the
// editors' preview reads `drafts`: every draft laid over its published version. The rule is the
// local Content Lake's, so the starter-dataset source and the lake always agree.
import {viewOf} from '../../../scripts/lake/perspective.ts'
import type {SeedDocument} from './seedDataset'

export type Perspective = 'published' | 'drafts'

/** The documents visible in a perspective; drafts take their published id, as in the Content Lake. */
export function applyPerspective(documents: SeedDocument[], perspective: Perspective | 'raw'): SeedDocument[] {
  return viewOf(documents, perspective)
}
