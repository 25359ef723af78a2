// GROQ over documents in memory, with groq-js, Sanity's own engine: the starter dataset's source
// and the test stand-in for the Content Lake both query this way.
import {evaluate, parse} from 'groq-js'

type Document = {_id: string; [field: string]: unknown}

/** Evaluates `query` over `documents`. References resolve through an id index, as in the Content Lake. */
export async function evaluateGroq<T>(
  query: string,
  params: Record<string, unknown>,
  documents: readonly Document[],
  index?: Map<string, Document>,
): Promise<T> {
  const byId = index ?? new Map(documents.map((doc) => [doc._id, doc]))
  // Without an index, groq-js resolves every `->` by scanning the whole dataset.
  const dereference = ({_ref}: {_ref: string}) => byId.get(_ref) ?? null
  const tree = parse(query, {params})
  return (await (await evaluate(tree, {dataset: documents, params, dereference})).get()) as T
}
