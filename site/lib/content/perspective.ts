// Which version of each document a reader sees. Production builds read `published` only; the
// editors' preview reads `drafts`: every draft laid over its published version. The Content Lake
// applies it (the local one in scripts/lake/perspective.ts).

export type Perspective = 'published' | 'drafts'
