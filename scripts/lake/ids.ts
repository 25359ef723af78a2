// Document ids as the Content Lake names them: `drafts.<id>` for a draft, `versions.<release>.<id>`
// for a release version, and the bare id for the published document.
import {randomBytes} from 'node:crypto'

const DRAFTS_PREFIX = 'drafts.'
const VERSIONS_PREFIX = 'versions.'

export const isDraftId = (id: string): boolean => id.startsWith(DRAFTS_PREFIX)
export const isVersionId = (id: string): boolean => id.startsWith(VERSIONS_PREFIX)
export const isPublishedId = (id: string): boolean => !isDraftId(id) && !isVersionId(id)

/** The published id a draft or version belongs to. */
export function publishedIdOf(id: string): string {
  if (isDraftId(id)) return id.slice(DRAFTS_PREFIX.length)
  if (isVersionId(id)) return id.split('.').slice(2).join('.')
  return id
}

export const draftIdOf = (id: string): string => `${DRAFTS_PREFIX}${publishedIdOf(id)}`

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

/** A random id like the Content Lake's revisions and transaction ids (22 characters, base 62). */
export function randomId(length = 22): string {
  const bytes = randomBytes(length)
  let id = ''
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length]
  return id
}
