// One dataset in memory: its documents, the transactions that made them (for listeners and the
// Studio's history), and the one way to change it, `commit`, which journals before it returns.
import {evaluate, parse} from 'groq-js'
import {randomId} from './ids.ts'
import type {Journal, JournalEntry} from './journal.ts'
import {applyMutations, type MutationInput, type MutationResult} from './mutations.ts'
import {viewOf, type Perspective} from './perspective.ts'
import type {LakeDocument, Transaction} from './types.ts'

export type CommitListener = (transaction: Transaction) => void

export interface CommitResult {
  transaction: Transaction
  results: MutationResult[]
}

export class Dataset {
  readonly name: string
  private readonly documents = new Map<string, LakeDocument>()
  /** Committed transactions since the data was loaded from its snapshot, oldest first. */
  readonly transactions: Transaction[] = []
  private readonly listeners = new Set<CommitListener>()
  /** Each perspective's documents and their id index, kept until the next commit. */
  private readonly views = new Map<Perspective, {documents: LakeDocument[]; byId: Map<string, LakeDocument>}>()
  /** Commits run one at a time, so each sees the one before it. */
  private queue: Promise<unknown> = Promise.resolve()

  private readonly journal: Journal | undefined

  constructor(name: string, documents: Iterable<LakeDocument>, journal: Journal | undefined, entries: JournalEntry[] = []) {
    this.name = name
    this.journal = journal
    for (const doc of documents) this.documents.set(doc._id, doc)
    for (const entry of entries) this.transactions.push(this.replay(entry))
  }

  /**
   * Changes stored documents in memory without a transaction: for values that depend on where the
   * lake runs (an asset's URL), never for content.
   */
  adjust(change: (doc: LakeDocument) => LakeDocument | undefined) {
    for (const [id, doc] of this.documents) {
      const adjusted = change(doc)
      if (adjusted) this.documents.set(id, adjusted)
    }
    this.views.clear()
  }

  get(id: string): LakeDocument | undefined {
    return this.documents.get(id)
  }

  get size(): number {
    return this.documents.size
  }

  all(): IterableIterator<LakeDocument> {
    return this.documents.values()
  }

  /** The documents a reader sees in `perspective`, with their id index. */
  private view(perspective: Perspective) {
    let view = this.views.get(perspective)
    if (!view) {
      const documents = viewOf([...this.documents.values()], perspective)
      view = {documents, byId: perspective === 'raw' ? this.documents : new Map(documents.map((doc) => [doc._id, doc]))}
      this.views.set(perspective, view)
    }
    return view
  }

  async query<T = unknown>(query: string, params: Record<string, unknown>, perspective: Perspective): Promise<T> {
    const {documents, byId} = this.view(perspective)
    const tree = parse(query, {params})
    // References resolve through the id index; without it groq-js scans the dataset for every `->`.
    const result = await evaluate(tree, {dataset: documents, params, dereference: ({_ref}) => byId.get(_ref) ?? null})
    return (await result.get()) as T
  }

  onCommit(listener: CommitListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * Applies `mutations` as one transaction: all or nothing. When it resolves, the transaction is
   * on disk (flushed), in memory, and announced to listeners.
   */
  commit(mutations: MutationInput[], {author, transactionId}: {author: string; transactionId?: string}): Promise<CommitResult> {
    const run = async (): Promise<CommitResult> => {
      const id = transactionId ?? randomId()
      const timestamp = new Date().toISOString()
      const outcome = await applyMutations(mutations, this.reader, {transactionId: id, timestamp})
      const transaction: Transaction = {
        id,
        timestamp,
        author,
        mutations,
        documents: [...outcome.changes].map(([docId, {before, after}]) => ({id: docId, before, after})),
      }
      if (transaction.documents.length > 0) {
        this.journal?.append(transaction)
        this.apply(transaction)
        this.transactions.push(transaction)
        for (const listener of this.listeners) listener(transaction)
      }
      return {transaction, results: outcome.results}
    }
    const next = this.queue.then(run, run)
    this.queue = next.catch(() => undefined)
    return next
  }

  private readonly reader = {
    get: (id: string) => this.documents.get(id),
    idsMatching: async (query: string, params: Record<string, unknown>) => {
      const found = await this.query<unknown>(query, params, 'raw')
      const list = Array.isArray(found) ? found : [found]
      return list.flatMap((item) =>
        item && typeof item === 'object' && typeof (item as {_id?: unknown})._id === 'string'
          ? [(item as {_id: string})._id]
          : [],
      )
    },
  }

  private apply(transaction: Transaction) {
    for (const {id, after} of transaction.documents) {
      if (after) this.documents.set(id, after)
      else this.documents.delete(id)
    }
    this.views.clear()
  }

  /** A journal line as a transaction: what each document was before comes from the data so far. */
  private replay(entry: JournalEntry): Transaction {
    const transaction: Transaction = {
      ...entry,
      documents: entry.documents.map(({id, after}) => ({id, before: this.documents.get(id) ?? null, after})),
    }
    this.apply(transaction)
    return transaction
  }

  /** The documents as they are now, for a snapshot; the history of transactions starts again. */
  compacted(): LakeDocument[] {
    this.transactions.length = 0
    return [...this.documents.values()]
  }
}
