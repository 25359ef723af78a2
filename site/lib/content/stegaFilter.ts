// Which strings in the editors' preview carry click-to-edit info (stega: invisible characters
// appended to a string). Only prose that is shown as text gets it. Everything else stays clean,
// because pages validate, compare and link with it: a phone number must still match its pattern
// and make a working tel: link, a slug must still find its page, an enum must still be one of its
// values, and <head>, alt text and JSON-LD must not carry hidden characters. An allowlist, derived
// from the content model by `npm run typegen`: a plain text field is prose unless the content checks
// list it as a code, number or address (schemas/lib/documentText.ts).
import type {ContentSourceMapParsedPath, FilterDefault} from '@sanity/client/stega'
import {PROSE_FIELDS, PROSE_LISTS} from './generated/proseFields'

/** Objects that only feed <head> (title, description, social cards): never encoded. */
const HEAD_ONLY: ReadonlySet<string> = new Set(['seo', 'defaultSeo'])

function fieldName(path: ContentSourceMapParsedPath): {name: string | undefined; inList: boolean} {
  const last = path.at(-1)
  if (typeof last === 'string') return {name: last, inList: false}
  const parent = path.at(-2)
  return {name: typeof parent === 'string' ? parent : undefined, inList: true}
}

/** Whether the string at `sourcePath` in its document may carry stega. */
export function isProsePath(sourcePath: ContentSourceMapParsedPath): boolean {
  if (sourcePath.some((segment) => typeof segment === 'string' && HEAD_ONLY.has(segment))) return false
  const {name, inList} = fieldName(sourcePath)
  if (name === undefined) return false
  return inList ? PROSE_LISTS.has(name) : PROSE_FIELDS.has(name)
}

/** The client's `stega.filter`: prose only, and never what Sanity's own rules exclude (dates, URLs, ids). */
export const stegaFilter: FilterDefault = (props) => isProsePath(props.sourcePath) && props.filterDefault(props)
