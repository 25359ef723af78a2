// Applies a transaction's mutations to documents, with the Content Lake's rules: `create` fails on
// an existing id, `patch` on a missing document or a stale `ifRevisionID` (409), and patches are
// applied by @sanity/mutator, the library the Studio uses for its own optimistic copy.
import {Mutation} from '@sanity/mutator'
import {LakeError} from './errors.ts'
import {randomId} from './ids.ts'
import type {LakeDocument} from './types.ts'

/** One mutation as the HTTP API takes it (`{create: {...}}`, `{patch: {id, set, ...}}` ...). */
export type MutationInput = Record<string, unknown>

export type Operation = 'create' | 'update' | 'delete' | 'none'

export interface MutationResult {
  id: string
  operation: Operation
}

export interface TransactionOutcome {
  /** Each changed document: what it was before the transaction, and after it (null: deleted). */
  changes: Map<string, {before: LakeDocument | null; after: LakeDocument | null}>
  results: MutationResult[]
}

/** Reads documents by id and evaluates GROQ filters for patches and deletes by query. */
export interface DocumentReader {
  get(id: string): LakeDocument | undefined
  idsMatching(query: string, params: Record<string, unknown>): Promise<string[]>
}

const conflict = (message: string, index: number) => new LakeError(409, 'documentConflict', message, index)

function newId(requested: unknown): string {
  if (typeof requested !== 'string' || requested === '') return randomId()
  // An id ending in "." asks the lake to finish it, as in `drafts.` + random.
  return requested.endsWith('.') ? `${requested}${randomId()}` : requested
}

function checkedDocument(value: unknown, kind: string, index: number): LakeDocument {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new LakeError(400, 'mutationError', `${kind} needs a document object`, index)
  const doc = structuredClone(value) as Record<string, unknown>
  if (typeof doc._type !== 'string' || doc._type === '')
    throw new LakeError(400, 'mutationError', `${kind}: the document needs a _type`, index)
  doc._id = newId(doc._id)
  return doc as LakeDocument
}

/**
 * Runs `mutations` in order over the current documents. Nothing is written: the caller stores the
 * outcome, or nothing when this throws.
 */
export async function applyMutations(
  mutations: MutationInput[],
  reader: DocumentReader,
  {transactionId, timestamp}: {transactionId: string; timestamp: string},
): Promise<TransactionOutcome> {
  const changes = new Map<string, {before: LakeDocument | null; after: LakeDocument | null}>()
  const current = (id: string): LakeDocument | null => {
    const changed = changes.get(id)
    return changed ? changed.after : (reader.get(id) ?? null)
  }
  const write = (id: string, after: LakeDocument | null) => {
    const changed = changes.get(id)
    if (changed) changed.after = after
    else changes.set(id, {before: reader.get(id) ?? null, after})
  }
  // The mutator stamps `_updatedAt`, `_rev` and (for new documents) `_createdAt` as the lake does.
  const run = (mutation: MutationInput, doc: LakeDocument | null) =>
    new Mutation({mutations: [mutation], timestamp, resultRev: transactionId}).apply(doc) as LakeDocument | null
  const results: MutationResult[] = []

  for (const [index, mutation] of mutations.entries()) {
    const [kind, ...extra] = Object.keys(mutation)
    if (!kind || extra.length > 0)
      throw new LakeError(400, 'mutationError', 'each mutation must have exactly one kind (create, patch, ...)', index)
    const body = mutation[kind]
    switch (kind) {
      case 'create':
      case 'createIfNotExists':
      case 'createOrReplace': {
        const doc = checkedDocument(body, kind, index)
        const existing = current(doc._id)
        if (existing && kind === 'create') throw conflict(`Document by ID "${doc._id}" already exists`, index)
        if (existing && kind === 'createIfNotExists') {
          results.push({id: doc._id, operation: 'none'})
          break
        }
        // A replaced document keeps its creation time.
        if (existing) doc._createdAt = existing._createdAt
        write(doc._id, run({[kind === 'createOrReplace' && existing ? 'createOrReplace' : 'create']: doc}, existing))
        results.push({id: doc._id, operation: existing ? 'update' : 'create'})
        break
      }
      case 'delete': {
        const target = body as {id?: unknown; query?: unknown; params?: Record<string, unknown>}
        const ids = await targetIds(target, reader, index)
        for (const id of ids) {
          const existed = current(id) !== null
          if (existed) write(id, null)
          results.push({id, operation: existed ? 'delete' : 'none'})
        }
        break
      }
      case 'patch': {
        const patch = body as {id?: unknown; query?: unknown; params?: Record<string, unknown>; ifRevisionID?: unknown}
        const ids = await targetIds(patch, reader, index)
        const {query: _query, params: _params, ifRevisionID, ...operations} = patch
        for (const id of ids) {
          const doc = current(id)
          if (!doc) throw conflict(`Cannot modify document with ID "${id}" because it does not exist`, index)
          if (typeof ifRevisionID === 'string' && doc._rev !== ifRevisionID)
            throw conflict(
              `Document by ID "${id}" has unexpected revision ID ("${ifRevisionID}"), blocking mutation on conflict`,
              index,
            )
          let patched: LakeDocument | null
          try {
            patched = run({patch: {...operations, id}}, doc)
          } catch (error) {
            throw new LakeError(400, 'mutationError', `patch of "${id}": ${(error as Error).message}`, index)
          }
          if (!patched || patched._id !== id || typeof patched._type !== 'string')
            throw new LakeError(400, 'mutationError', `patch of "${id}" may not change or remove _id or _type`, index)
          write(id, patched)
          results.push({id, operation: 'update'})
        }
        break
      }
      default:
        throw new LakeError(400, 'mutationError', `unknown mutation kind "${kind}"`, index)
    }
  }
  // A document that ends as it began (created and deleted again) is no change at all.
  for (const [id, change] of changes) if (change.before === null && change.after === null) changes.delete(id)
  return {changes, results}
}

async function targetIds(
  target: {id?: unknown; query?: unknown; params?: Record<string, unknown>},
  reader: DocumentReader,
  index: number,
): Promise<string[]> {
  if (typeof target?.id === 'string' && target.id !== '') return [target.id]
  if (typeof target?.query === 'string') {
    try {
      return await reader.idsMatching(target.query, target.params ?? {})
    } catch (error) {
      throw new LakeError(400, 'mutationError', `query: ${(error as Error).message}`, index)
    }
  }
  throw new LakeError(400, 'mutationError', 'the mutation needs an id or a query', index)
}
