// The plain-language and safe-wording checks of one document: what the Studio shows editors as
// warnings, and what the tests hold the starter dataset to.
import {measuredText, textWithPaths, type FieldPath} from './documentText'
import {describeLimit, readability, readingLanguage, withinLimit, type Readability} from './readability'
import {findUnsafeWording, wordingMessage} from './safeWording'

export interface ContentFinding {
  check: 'reading-level' | 'wording'
  /** Where the finding is, from the document root. */
  path: FieldPath
  message: string
}

type ContentDocument = {_type: string; [field: string]: unknown}

const quote = (text: string, max = 90) => `"${text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text}"`

/** The reading-level warning, on the scale of the text's language, naming the sentences to shorten first. */
export function readingLevelMessage(result: Readability, limit: number): string {
  const long = result.longest.filter((sentence) => sentence.words > result.wordsPerSentence)
  const examples = (long.length > 0 ? long : result.longest).slice(0, 2)
  const reads = result.language === 'en' ? `Reads at ${result.level}` : `Reads as ${result.level}`
  return (
    `${reads}; aim for ${describeLimit(result.language, limit)}. ` +
    `Sentences average ${result.wordsPerSentence} words. Shorten the longest first: ` +
    examples.map((sentence) => `${quote(sentence.text)} (${sentence.words} words)`).join('; ') +
    '. Short words help too.'
  )
}

/** Reading level of the measured field, if the document type has a limit and the text is above it. */
export function readingLevelFinding(doc: ContentDocument): ContentFinding | undefined {
  const {field, language, limit, passages} = measuredText(doc)
  if (!field || limit === undefined) return undefined
  const result = readability(passages, language)
  if (!result || withinLimit(language, result.score, limit)) return undefined
  return {check: 'reading-level', path: [field], message: readingLevelMessage(result, limit)}
}

/** Every phrase the safe-messaging and person-first guidance advises against, anywhere in the document. */
export function wordingFindings(doc: ContentDocument): ContentFinding[] {
  const language = readingLanguage(doc.language)
  return textWithPaths(doc).flatMap(({path, text}) =>
    findUnsafeWording(text, language).map((finding) => ({check: 'wording' as const, path, message: wordingMessage(finding)})),
  )
}

export function checkContent(doc: ContentDocument): ContentFinding[] {
  const reading = readingLevelFinding(doc)
  return [...(reading ? [reading] : []), ...wordingFindings(doc)]
}
