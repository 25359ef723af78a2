// The words a visitor reads in a document, as the content checks see them: the field whose reading
// level is measured (with its grade limit), and every piece of text with the path where it sits.
// Works on documents as stored (Studio, starter dataset) and as queried (content report).
import {isPortableTextBlock, toPlainText} from '@portabletext/toolkit'
import {READING_GRADE_LIMITS} from './readability'

export type PathSegment = string | number | {_key: string}
export type FieldPath = PathSegment[]

interface Keyed {
  _key?: unknown
  _type?: unknown
}

/** Documents whose reading level has a limit, by type: which field is measured, and the limit. */
export const MEASURED_FIELDS: Record<string, {field: string; limit: number}> = {
  homePage: {field: 'body', limit: READING_GRADE_LIMITS.education},
  program: {field: 'body', limit: READING_GRADE_LIMITS.education},
  condition: {field: 'body', limit: READING_GRADE_LIMITS.education},
  therapy: {field: 'body', limit: READING_GRADE_LIMITS.education},
  page: {field: 'body', limit: READING_GRADE_LIMITS.education},
  faq: {field: 'answer', limit: READING_GRADE_LIMITS.faqAnswer},
}

/**
 * Fields that hold codes, numbers, addresses or settings rather than words to read. The one list:
 * the content checks skip them, and the preview's click-to-edit prose fields are derived from the
 * schema without them (`npm run typegen`, site/lib/content/generated/proseFields.ts).
 */
export const NOT_PROSE: ReadonlySet<string> = new Set([
  ...['slug', 'href', 'url', 'chatUrl', 'verificationUrl', 'endpoint', 'email', 'markDefs', 'marks', 'style', 'listItem'],
  ...['abbreviation', 'shortName'],
  ...['phone', 'callNumber', 'textNumber', 'emergencyNumber', 'address', 'days', 'opens', 'closes'],
  ...['validFrom', 'validUntil', 'lastReviewed', 'tone', 'kind', 'topic', 'linkType', 'section', 'reviewCredential'],
])

const segmentFor = (item: unknown, index: number): PathSegment => {
  const key = (item as Keyed | null)?._key
  return typeof key === 'string' ? {_key: key} : index
}

/**
 * The passages (paragraphs, headings, list items, callout text, captions) of Portable Text, one
 * string each, with their paths. FAQ lists, buttons and images without captions hold none.
 */
export function portableTextPassages(value: unknown, path: FieldPath = []): {path: FieldPath; text: string}[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item: unknown, index) => {
    const itemPath = [...path, segmentFor(item, index)]
    if (isPortableTextBlock(item as never)) return [{path: itemPath, text: toPlainText(item as never)}]
    const block = item as Keyed & {body?: unknown; caption?: unknown}
    if (block._type === 'callout') return portableTextPassages(block.body, [...itemPath, 'body'])
    if (block._type === 'figure' && typeof block.caption === 'string')
      return [{path: [...itemPath, 'caption'], text: block.caption}]
    return []
  })
}

/** Every piece of text in a value, with its path: strings, and Portable Text one block at a time. */
export function textWithPaths(value: unknown, path: FieldPath = []): {path: FieldPath; text: string}[] {
  if (typeof value === 'string') return [{path, text: value}]
  if (Array.isArray(value)) {
    if (value.some((item) => isPortableTextBlock(item as never))) return portableTextPassages(value, path)
    return value.flatMap((item: unknown, index) => textWithPaths(item, [...path, segmentFor(item, index)]))
  }
  if (!value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, child]) =>
    key.startsWith('_') || NOT_PROSE.has(key) ? [] : textWithPaths(child, [...path, key]),
  )
}

export interface MeasuredText {
  /** The field measured; undefined for documents measured as a whole (settings, people). */
  field?: string
  limit?: number
  passages: string[]
}

/** The text whose reading level is measured: the body or answer where there is a limit, else all of it. */
export function measuredText(doc: {_type: string; [field: string]: unknown}): MeasuredText {
  const measured = MEASURED_FIELDS[doc._type]
  if (!measured) return {passages: textWithPaths(doc).map((entry) => entry.text)}
  return {...measured, passages: portableTextPassages(doc[measured.field]).map((entry) => entry.text)}
}
