// How hard a text is to read: its US school grade (Flesch-Kincaid), its average sentence length and
// the sentences that raise the grade most. Sentences and words are found by the runtime's
// Intl.Segmenter for the text's language; syllables and the formula are maintained libraries. A
// language is one entry in READING_MEASURES (Spanish needs its own syllable counter and formula,
// such as Fernández-Huerta).
import {fleschKincaid} from 'flesch-kincaid'
import {syllable} from 'syllable'

/** Grade limits the health-education guidance sets: education pages 8, FAQ answers 7. */
export const READING_GRADE_LIMITS = {education: 8, faqAnswer: 7} as const

interface ReadingMeasure {
  /** BCP 47 locale for Intl.Segmenter. */
  locale: string
  syllables: (word: string) => number
  grade: (counts: {sentence: number; word: number; syllable: number}) => number
  /** Abbreviations that end with a dot but not a sentence ("Dr."), lowercase, without the dot. */
  abbreviations: readonly string[]
}

const READING_MEASURES = {
  en: {
    locale: 'en',
    syllables: syllable,
    grade: fleschKincaid,
    abbreviations: ['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'e.g', 'i.e', 'etc', 'no'],
  },
} satisfies Record<string, ReadingMeasure>

export type ReadingLanguage = keyof typeof READING_MEASURES

export interface Sentence {
  text: string
  words: number
}

export interface Readability {
  /** US school grade, one decimal. */
  grade: number
  words: number
  sentences: number
  /** Average words per sentence, one decimal. */
  wordsPerSentence: number
  /** The longest sentences, longest first (at most three). */
  longest: Sentence[]
}

const roundOne = (value: number) => Math.round(value * 10) / 10

/**
 * Every passage (a paragraph, a heading, a list item) ends a sentence, so a heading or a list item
 * without a full stop does not run into the next one: a line break is a hard sentence break.
 */
function joinPassages(passages: readonly string[]): string {
  return passages
    .map((passage) => passage.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

function splitSentences(text: string, measure: ReadingMeasure): string[] {
  const segments = [...new Intl.Segmenter(measure.locale, {granularity: 'sentence'}).segment(text)].map((part) => part.segment)
  const sentences: string[] = []
  for (const segment of segments) {
    const previous = sentences.at(-1)
    const lastWord = previous?.trim().split(/\s+/).at(-1)?.toLowerCase().replace(/\.$/, '')
    // Intl.Segmenter ends a sentence after "Dr."; such a piece belongs to the next one.
    if (previous !== undefined && lastWord && measure.abbreviations.includes(lastWord)) sentences[sentences.length - 1] += segment
    else sentences.push(segment)
  }
  return sentences.map((sentence) => sentence.trim()).filter(Boolean)
}

function wordsOf(sentence: string, measure: ReadingMeasure): string[] {
  return [...new Intl.Segmenter(measure.locale, {granularity: 'word'}).segment(sentence)]
    .filter((part) => part.isWordLike)
    .map((part) => part.segment)
}

/** Readability of some passages of prose; undefined when they hold no words. */
export function readability(passages: readonly string[], language: ReadingLanguage = 'en'): Readability | undefined {
  const measure: ReadingMeasure = READING_MEASURES[language]
  const sentences = splitSentences(joinPassages(passages), measure)
    .map((text) => ({text, words: wordsOf(text, measure)}))
    .filter((sentence) => sentence.words.length > 0)
  const words = sentences.flatMap((sentence) => sentence.words)
  if (words.length === 0) return undefined
  // Every word is read aloud with at least one syllable, numbers ("988") included.
  const syllables = words.reduce((total, word) => total + Math.max(1, measure.syllables(word)), 0)
  const longest = sentences
    .map((sentence) => ({text: sentence.text, words: sentence.words.length}))
    .sort((a, b) => b.words - a.words)
    .slice(0, 3)
  return {
    grade: roundOne(measure.grade({sentence: sentences.length, word: words.length, syllable: syllables})),
    words: words.length,
    sentences: sentences.length,
    wordsPerSentence: roundOne(words.length / sentences.length),
    longest,
  }
}
