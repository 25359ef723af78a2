// The words a visitor reads in a document, as the content checks see them: the field whose reading
// level is measured (with its grade limit), and every piece of text with the path where it sits.
// Works on documents as stored (Studio, starter dataset) and as queried (content report).
import {isPortableTextBlock, toPlainText} from '@portabletext/toolkit'
import {readingLanguage, readingLimit, type ReadingKind, type ReadingLanguage} from './readability'

export type PathSegment = string | number | {_key: string}
export type FieldPath = PathSegment[]

interface Keyed {
  _key?: unknown
  _type?: unknown
}

/**
 * Documents whose reading level has a limit, by type: which field is measured, and which limit
 * applies (its value depends on the document's language: readingLimit).
 */
export const MEASURED_FIELDS: Record<string, {field: string; kind: ReadingKind}> = {
  homePage: {field: 'body', kind: 'education'},
  program: {field: 'body', kind: 'education'},
  condition: {field: 'body', kind: 'education'},
  therapy: {field: 'body', kind: 'education'},
  page: {field: 'body', kind: 'education'},
  faq: {field: 'answer', kind: 'faqAnswer'},
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
  // A language code (a document's language, a language notice's), not words.
  'language',
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
  /** The language the text is written in, which decides the formula (its `language` field; English without one). */
  language: ReadingLanguage
  /** The field measured; undefined for documents measured as a whole (settings, people). */
  field?: string
  /** The limit on the language's scale, where the document type has one. */
  limit?: number
  passages: string[]
}

/** The text whose reading level is measured: the body or answer where there is a limit, else all of it. */
export function measuredText(doc: {_type: string; [field: string]: unknown}): MeasuredText {
  const language = readingLanguage(doc.language)
  const measured = MEASURED_FIELDS[doc._type]
  if (!measured) return {language, passages: textWithPaths(doc).map((entry) => entry.text)}
  return {
    language,
    field: measured.field,
    limit: readingLimit(language, measured.kind),
    passages: portableTextPassages(doc[measured.field]).map((entry) => entry.text),
  }
}
