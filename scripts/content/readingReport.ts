// The reading-level report as text: one line per document with its language, its score on that
// language's scale, the limit for its kind, words per sentence and its longest sentence, then a
// summary. Pure, so it is tested without a source.
import {measuredText} from '../../schemas/lib/documentText.ts'
import {
  describeLimit,
  READING_LANGUAGES,
  type ReadingLanguage,
  readability,
  readingFormula,
  readingLimit,
  higherIsEasier,
  withinLimit,
} from '../../schemas/lib/readability.ts'

export interface ReportDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

export interface ReadingRow {
  id: string
  type: string
  language: ReadingLanguage
  /** The score on the language's scale, and its named band where the scale names them. */
  score?: number
  band?: string
  limit?: number
  wordsPerSentence?: number
  longest?: {text: string; words: number}
  overLimit: boolean
}

export function readingRows(documents: readonly ReportDocument[]): ReadingRow[] {
  return documents.map((doc) => {
    const {language, limit, passages} = measuredText(doc)
    const result = readability(passages, language)
    return {
      id: doc._id,
      type: doc._type,
      language,
      score: result?.score,
      band: result?.band,
      limit,
      wordsPerSentence: result?.wordsPerSentence,
      longest: result?.longest[0],
      overLimit: result !== undefined && limit !== undefined && !withinLimit(language, result.score, limit),
    }
  })
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text)

export function formatReadingReport(rows: readonly ReadingRow[], sourceLabel: string): string {
  const header = ['document', 'type', 'lang', 'score', 'limit', 'words/sentence', 'longest sentence']
  const cells = rows.map((row) => [
    row.id,
    row.type,
    row.language,
    row.score === undefined ? '–' : `${row.score.toFixed(1)}${row.band ? ` ${row.band}` : ''}${row.overLimit ? ' !' : ''}`,
    row.limit === undefined ? '–' : `${higherIsEasier(row.language) ? '≥' : '≤'} ${row.limit}`,
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
  const languages = READING_LANGUAGES.filter((language) => rows.some((row) => row.language === language))
  return [
    `Reading level of ${rows.length} published documents from ${sourceLabel}, each on its language's scale.`,
    ...languages.map(
      (language) =>
        `${language}: ${readingFormula(language)}; education pages ${describeLimit(language, readingLimit(language, 'education'))}, ` +
        `FAQ answers ${describeLimit(language, readingLimit(language, 'faqAnswer'))}.`,
    ),
    'Pages are measured on their body, FAQs on their answer, other documents on all their text.',
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
