// Document history, from the transactions the lake holds since its last snapshot: a document at a
// revision or a time, the transactions that touched some documents (with mendoza effects, for the
// Studio's "review changes"), and the document events its history panel lists.
import type {Dataset} from './dataset.ts'
import {isDraftId, isVersionId} from './ids.ts'
import type {LakeDocument, Transaction} from './types.ts'

/** `ids` at `revision` (or as they were at `time`, or now). */
export function documentsAt(dataset: Dataset, ids: string[], search: URLSearchParams): LakeDocument[] {
  const revision = search.get('revision')
  const time = search.get('time')
  return ids.flatMap((id) => {
    const current = dataset.get(id)
    if (revision) {
      if (current?._rev === revision) return [current]
      const found = dataset.transactions
        .flatMap((tx) => tx.documents)
        .find((doc) => doc.id === id && doc.after?._rev === revision)
      return found?.after ? [found.after] : []
    }
    if (time) {
      const limit = Date.parse(time)
      let state: LakeDocument | null | undefined
      let seen = false
      for (const tx of dataset.transactions) {
        const change = tx.documents.find((doc) => doc.id === id)
        if (!change) continue
        if (!seen) state = change.before
        seen = true
        if (Date.parse(tx.timestamp) <= limit) state = change.after
      }
      const doc = seen ? state : current
      return doc ? [doc] : []
    }
    return current ? [current] : []
  })
}

function transactionLine(tx: Transaction, ids: Set<string>, search: URLSearchParams) {
  const touched = tx.documents.filter((doc) => ids.has(doc.id))
  return {
    id: tx.id,
    timestamp: tx.timestamp,
    author: tx.author,
    documentIDs: touched.map((doc) => doc.id),
    ...(search.get('excludeMutations') === 'true' ? {} : {mutations: tx.mutations}),
    effects: Object.fromEntries(touched.map((doc) => [doc.id, {apply: [0, doc.after], revert: [0, doc.before]}])),
  }
}

/** The transactions that touched `ids`, as NDJSON lines, with `fromTransaction`/`toTransaction`/`limit`/`reverse`. */
export function transactionsFor(dataset: Dataset, ids: string[], search: URLSearchParams): string {
  const wanted = new Set(ids)
  let list = dataset.transactions.filter((tx) => tx.documents.some((doc) => wanted.has(doc.id)))
  const from = search.get('fromTransaction')
  const to = search.get('toTransaction')
  if (from) {
    const start = list.findIndex((tx) => tx.id === from)
    if (start >= 0) list = list.slice(start)
  }
  if (to) {
    const end = list.findIndex((tx) => tx.id === to)
    if (end >= 0) list = list.slice(0, end + 1)
  }
  if (search.get('reverse') === 'true') list = [...list].reverse()
  const limit = Number(search.get('limit'))
  if (limit > 0) list = list.slice(0, limit)
  return list.map((tx) => `${JSON.stringify(transactionLine(tx, wanted, search))}\n`).join('')
}

/** Events for the Studio's history panel: created, edited, published, unpublished, deleted. */
export function documentEvents(dataset: Dataset, id: string) {
  const events: Record<string, unknown>[] = []
  for (const tx of dataset.transactions) {
    const change = tx.documents.find((doc) => doc.id === id)
    if (!change) continue
    const base = {timestamp: tx.timestamp, author: tx.author, documentId: id, revisionId: tx.id}
    const draftOrVersion = isDraftId(id) || isVersionId(id)
    if (!change.after) events.push({...base, type: draftOrVersion ? 'document.deleteVersion' : 'document.unpublish'})
    else if (!change.before) events.push({...base, type: draftOrVersion ? 'document.createVersion' : 'document.publishVersion'})
    else events.push({...base, type: draftOrVersion ? 'document.editVersion' : 'document.publishVersion'})
  }
  return {events: {[id]: events.reverse()}, nextCursor: ''}
}
