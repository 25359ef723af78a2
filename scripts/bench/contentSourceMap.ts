// An approximate Content Source Map for the Content Lake stand-in. The real Content Lake traces
// every value of a GROQ result back to its source; groq-js does not, so this attributes each value
// to the same path inside the nearest enclosing result object that has an `_id` (the document, or
// a resolved reference). Projections that rename a field (`"slug": slug.current`) therefore get a
// shorter source path than Sanity would give; every other field gets the real one.
import type {ContentSourceMap} from '@sanity/client/csm'

/** `$[0]['title']`: mappings are keyed by result paths with array indexes (the client adds `_key`s). */
const jsonPath = (path: (string | number)[]) =>
  `$${path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `['${segment}']`)).join('')}`

export function approximateSourceMap(result: unknown): ContentSourceMap {
  const map: ContentSourceMap = {documents: [], paths: ['$'], mappings: {}}
  const visit = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) return value.forEach((item, index) => visit(item, [...path, index]))
    if (value === null || typeof value !== 'object') return
    const record = value as Record<string, unknown>
    if (typeof record._id === 'string') {
      map.documents.push({_id: record._id, _type: typeof record._type === 'string' ? record._type : 'unknown'})
      map.mappings[jsonPath(path)] = {
        type: 'value',
        source: {type: 'documentValue', document: map.documents.length - 1, path: 0},
      }
    }
    for (const [key, child] of Object.entries(record)) visit(child, [...path, key])
  }
  visit(result, [])
  return map
}
