// How many references deep a GROQ query reaches: `therapy->{title}` is one, `faqs[]->{"answer":
// answer[]{markDefs[]{internal->}}}` two. A collection's stored entries hold what its query
// reaches, so an incremental sync must refetch an entry when anything that deep changed.
import {parse} from 'groq-js'
import {fieldOf} from './fieldOf'

/** The most references any value of the query passes through, read from the query's syntax tree. */
export function referenceDepth(query: string): number {
  return levels(parse(query))
}

function levels(node: unknown): number {
  if (Array.isArray(node)) return Math.max(0, ...node.map(levels))
  if (!node || typeof node !== 'object') return 0
  const [type, base, expr] = ['type', 'base', 'expr'].map((field) => fieldOf(node, field))
  if (type === 'Deref') return levels(base) + 1
  // A projection (or map) is evaluated on what its base yields, so its references add to the base's.
  if (type === 'Projection' || type === 'Map' || type === 'FlatMap') return levels(base) + levels(expr)
  return Math.max(0, ...Object.values(node).map(levels))
}
