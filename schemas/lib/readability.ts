// How hard a text is to read, on the scale of its language's formula: the US school grade
// (Flesch-Kincaid) for English, the Szigriszt-Pazos perspicuity on the INFLESZ scale for Spanish;
// with the average sentence length and the sentences that make it harder most. Sentences and words are
// found by the runtime's Intl.Segmenter for the text's language. A language is one entry in
// READING_MEASURES: its syllable counter, its formula, the words of its scale and its limits.
import {fleschKincaid} from 'flesch-kincaid'
import {syllable} from 'syllable'
import {spanishSyllables} from './spanishSyllables'

/** Which limit applies: education pages, or FAQ answers (a little stricter where the scale allows). */
export type ReadingKind = 'education' | 'faqAnswer'

// A type alias, not an interface, so that it fits flesch-kincaid's index-signature parameter.
type Counts = {
  sentence: number
  word: number
  syllable: number
}

interface ReadingMeasure {
  /** BCP 47 locale for Intl.Segmenter. */
  locale: string
  /** The formula and scale, as a report or a warning names them. */
  formula: string
  syllables: (word: string) => number
  score: (counts: Counts) => number
  /** Whether a higher score is easier to read (an ease score) or harder (a school grade). */
  higherIsEasier: boolean
  /** The score each kind of text must reach: at most this grade, or at least this ease. */
  limits: Record<ReadingKind, number>
  /** The score in the words of the formula's own scale: "US grade 7.2", "normal". */
  describe: (score: number) => string
  /** The named band a score falls in, on scales that name them (INFLESZ: "normal"). */
  band?: (score: number) => string
  /** The limit as an aim: "8 or lower". */
  describeLimit: (limit: number) => string
  /** Abbreviations that end with a dot but not a sentence ("Dr."), lowercase, without the dot. */
  abbreviations: readonly string[]
}

/**
 * Szigriszt-Pazos perspicuity (Szigriszt Pazos, 1993), Flesch's reading ease refitted for Spanish:
 * 206.835 − 62.3 × syllables per word − words per sentence. Higher is easier.
 */
export function szigrisztPazos({sentence, word, syllable: syllables}: Counts): number {
  return 206.835 - (62.3 * syllables) / word - word / sentence
}

/**
 * The INFLESZ scale for the Szigriszt-Pazos score (Barrio-Cantalejo et al., 2008), made for texts
 * written for patients: from "muy difícil" below 40 to "muy fácil" above 80; "normal" is 55 to 65.
 * Each band starts at its lower bound.
 */
export const INFLESZ_SCALE = [
  {from: 80, label: 'muy fácil'},
  {from: 65, label: 'bastante fácil'},
  {from: 55, label: 'normal'},
  {from: 40, label: 'algo difícil'},
  {from: Number.NEGATIVE_INFINITY, label: 'muy difícil'},
] as const

export function infleszLevel(score: number): (typeof INFLESZ_SCALE)[number]['label'] {
  return INFLESZ_SCALE.find((band) => score >= band.from)?.label ?? 'muy difícil'
}

const INFLESZ_NORMAL = 55

const READING_MEASURES = {
  en: {
    locale: 'en',
    formula: 'US grade (Flesch-Kincaid)',
    syllables: syllable,
    score: fleschKincaid,
    higherIsEasier: false,
    // Health-education guidance: education pages grade 8, FAQ answers grade 7.
    limits: {education: 8, faqAnswer: 7},
    describe: (score) => `US grade ${score}`,
    describeLimit: (limit) => `${limit} or lower`,
    abbreviations: ['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'e.g', 'i.e', 'etc', 'no'],
  },
  es: {
    locale: 'es',
    formula: 'Szigriszt-Pazos on the INFLESZ scale',
    syllables: spanishSyllables,
    score: szigrisztPazos,
    higherIsEasier: true,
    // "Normal" or easier for both: INFLESZ's own advice for texts meant for patients.
    limits: {education: INFLESZ_NORMAL, faqAnswer: INFLESZ_NORMAL},
    describe: (score) => `"${infleszLevel(score)}" (Szigriszt-Pazos ${score})`,
    band: infleszLevel,
    describeLimit: (limit) => `"${infleszLevel(limit)}" (${limit}) or easier`,
    abbreviations: ['dr', 'dra', 'sr', 'sra', 'srta', 'ud', 'uds', 'etc', 'p', 'ej', 'núm', 'tel'],
  },
} satisfies Record<string, ReadingMeasure>

export type ReadingLanguage = keyof typeof READING_MEASURES

export const READING_LANGUAGES = Object.keys(READING_MEASURES) as ReadingLanguage[]

/** The measure for a document's language; documents without one are in the default language, English. */
export function readingLanguage(language: unknown): ReadingLanguage {
  return typeof language === 'string' && language in READING_MEASURES ? (language as ReadingLanguage) : 'en'
}

/** The formula and scale a language is measured on, for reports. */
export function readingFormula(language: ReadingLanguage): string {
  return READING_MEASURES[language].formula
}

/** The limit a kind of text must reach in a language, on that language's scale. */
export function readingLimit(language: ReadingLanguage, kind: ReadingKind): number {
  return READING_MEASURES[language].limits[kind]
}

/** Whether a higher score is easier to read in a language's measure (an ease score, not a grade). */
export function higherIsEasier(language: ReadingLanguage): boolean {
  return READING_MEASURES[language].higherIsEasier
}

/** Whether a score is within its limit, whichever way the scale runs. */
export function withinLimit(language: ReadingLanguage, score: number, limit: number): boolean {
  return READING_MEASURES[language].higherIsEasier ? score >= limit : score <= limit
}

/** The limit in words an editor reads: "8 or lower", "\"normal\" (55) or easier". */
export function describeLimit(language: ReadingLanguage, limit: number): string {
  return READING_MEASURES[language].describeLimit(limit)
}

export interface Sentence {
  text: string
  words: number
}

export interface Readability {
  language: ReadingLanguage
  /** The score on the language's formula (a US grade for English, an ease score for Spanish), one decimal. */
  score: number
  /** The score in the words of the formula's scale. */
  level: string
  /** The named band of the score, on scales that name them ("normal"). */
  band?: string
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
  const score = roundOne(measure.score({sentence: sentences.length, word: words.length, syllable: syllables}))
  const longest = sentences
    .map((sentence) => ({text: sentence.text, words: sentence.words.length}))
    .sort((a, b) => b.words - a.words)
    .slice(0, 3)
  return {
    language,
    score,
    level: measure.describe(score),
    band: measure.band?.(score),
    words: words.length,
    sentences: sentences.length,
    wordsPerSentence: roundOne(words.length / sentences.length),
    longest,
  }
}
