// The reading-level report as text: one line per document with its grade, the limit for its kind,
// words per sentence and its longest sentence, then a summary. Pure, so it is tested without a source.
import {measuredText} from '../../schemas/lib/documentText.ts'
import {READING_GRADE_LIMITS, readability} from '../../schemas/lib/readability.ts'

export interface ReportDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

export interface ReadingRow {
  id: string
  type: string
  grade?: number
  limit?: number
  wordsPerSentence?: number
  longest?: {text: string; words: number}
  overLimit: boolean
}

export function readingRows(documents: readonly ReportDocument[]): ReadingRow[] {
  return documents.map((doc) => {
    const {limit, passages} = measuredText(doc)
    const result = readability(passages)
    return {
      id: doc._id,
      type: doc._type,
      grade: result?.grade,
      limit,
      wordsPerSentence: result?.wordsPerSentence,
      longest: result?.longest[0],
      overLimit: result !== undefined && limit !== undefined && result.grade > limit,
    }
  })
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text)

export function formatReadingReport(rows: readonly ReadingRow[], sourceLabel: string): string {
  const header = ['document', 'type', 'grade', 'limit', 'words/sentence', 'longest sentence']
  const cells = rows.map((row) => [
    row.id,
    row.type,
    row.grade === undefined ? '–' : `${row.grade.toFixed(1)}${row.overLimit ? ' !' : ''}`,
    row.limit === undefined ? '–' : String(row.limit),
    row.wordsPerSentence === undefined ? '–' : row.wordsPerSentence.toFixed(1),
    row.longest ? `${row.longest.words} words: "${shorten(row.longest.text, 80)}"` : '–',
  ])
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((row) => row[column]?.length ?? 0)))
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd()
  const over = rows.filter((row) => row.overLimit)
  return [
    `Reading level (US grade, Flesch-Kincaid) of ${rows.length} published documents from ${sourceLabel}.`,
    `Limits: education pages grade ${READING_GRADE_LIMITS.education}, FAQ answers grade ${READING_GRADE_LIMITS.faqAnswer}; ` +
      'pages are measured on their body, FAQs on their answer, other documents on all their text.',
    '',
    line(header),
    ...cells.map(line),
    '',
    over.length === 0
      ? 'Every measured document is within its limit.'
      : `${over.length} document(s) above the limit (marked !): ${over.map((row) => row.id).join(', ')}. ` +
        'Shorten the longest sentences first; the Studio names them on the field.',
  ].join('\n')
}
