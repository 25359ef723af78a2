// The shapes the lake stores and sends.

export interface LakeDocument {
  _id: string
  _type: string
  _rev?: string
  _createdAt?: string
  _updatedAt?: string
  [field: string]: unknown
}

/** One committed transaction, as the journal keeps it and listeners and history see it. */
export interface Transaction {
  id: string
  timestamp: string
  /** Who wrote it (the lake's single local user). */
  author: string
  /** The mutations as they were sent, for the Studio's history. */
  mutations: Record<string, unknown>[]
  /** Each changed document after the transaction (null: deleted), by id. */
  documents: {id: string; before: LakeDocument | null; after: LakeDocument | null}[]
}
