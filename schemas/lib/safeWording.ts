// Words that safe-messaging and person-first language guidance advise against, each with better
// wording and where the advice comes from, per language: a text is checked against the rules of the
// language it is written in. One list for the Studio's warnings, the tests and the content report.
// The advice is summarised in our own words; follow the sources for the full text.
import type {Language} from './languages'

export const WORDING_SOURCES = {
  reportingOnSuicide: {
    title: 'Recommendations for Reporting on Suicide',
    url: 'https://reportingonsuicide.org/',
  },
  messaging988: {
    title: '988 Suicide & Crisis Lifeline: 988 Messaging Framework (National Action Alliance for Suicide Prevention)',
    url: 'https://suicidepreventionmessaging.org/988messaging',
  },
  wordsMatter: {
    title: 'Words Matter: Preferred Language for Talking About Addiction (National Institute on Drug Abuse)',
    url: 'https://nida.nih.gov/research-topics/addiction-science/words-matter-preferred-language-talking-about-addiction',
  },
  personFirst: {
    title: 'APA Style: bias-free language about disability (person-first language)',
    url: 'https://apastyle.apa.org/style-grammar-guidelines/bias-free-language/disability',
  },
  whoMedia: {
    title:
      'Preventing suicide: a resource for media professionals, 2023 update (World Health Organization and IASP; in Spanish, "Prevención del suicidio: un recurso para profesionales de los medios de comunicación")',
    url: 'https://www.who.int/publications/i/item/9789240076846',
  },
  palabrasSiImportan: {
    title:
      'Las palabras sí importan: guía de estilo sobre salud mental para medios de comunicación (Confederación SALUD MENTAL ESPAÑA, 2018)',
    url: 'https://comunicalasaludmental.org/',
  },
  fundeu: {
    title: 'FundéuRAE: En salud mental, las palabras sí importan',
    url: 'https://www.fundeu.es/blog/en-salud-mental-las-palabras-si-importan/',
  },
} as const

export type WordingSourceId = keyof typeof WORDING_SOURCES

export interface WordingRule {
  id: string
  /** The language of the texts the rule reads. */
  language: Language
  /** What to avoid, as editors read it in a warning. */
  avoid: string
  /** What to write instead. */
  instead: string
  why: string
  sources: readonly WordingSourceId[]
  /** Case-insensitive and global. */
  pattern: RegExp
  /** Only in a sentence that also matches this (a method named beside a mention of suicide). */
  onlyInSentenceWith?: RegExp
}

const SUICIDE_MENTION =
  /\bsuicid\w*|\bkill(?:s|ed|ing)?\s+(?:my|your|him|her|them|our)sel(?:f|ves)\b|\b(?:end|ends|ended|ending|take|takes|took|taking)\s+(?:my|your|his|her|their|our)\s+(?:own\s+)?li(?:fe|ves)\b/i

const ENGLISH_RULES: readonly WordingRule[] = [
  {
    language: 'en',
    id: 'committed-suicide',
    avoid: '"committed suicide"',
    instead: '"died by suicide" or "took their own life"',
    why: '"Committed" ties suicide to crime or sin.',
    sources: ['reportingOnSuicide', 'messaging988'],
    pattern: /\bcommit(?:s|ted|ting)?\s+suicide\b/gi,
  },
  {
    language: 'en',
    id: 'successful-suicide',
    avoid: '"successful" or "completed" suicide',
    instead: '"died by suicide"',
    why: 'Calling a death a success presents suicide as a goal.',
    sources: ['reportingOnSuicide', 'messaging988'],
    pattern: /\b(?:successful|completed)\s+(?:suicides?|(?:suicide\s+)?attempts?)\b/gi,
  },
  {
    language: 'en',
    id: 'failed-attempt',
    avoid: '"failed" or "unsuccessful" attempt',
    instead: '"suicide attempt" or "survived a suicide attempt"',
    why: 'Calling survival a failure presents suicide as a goal.',
    sources: ['reportingOnSuicide', 'messaging988'],
    pattern: /\b(?:failed|unsuccessful)\s+(?:suicide\s+)?(?:attempts?|suicides?)\b/gi,
  },
  {
    language: 'en',
    id: 'suicide-victim',
    avoid: '"suicide victim"',
    instead: '"person who died by suicide"',
    why: 'Name the person, not the way they died.',
    sources: ['reportingOnSuicide'],
    pattern: /\bsuicide\s+victims?\b|\bvictims?\s+of\s+suicide\b/gi,
  },
  {
    language: 'en',
    id: 'epidemic',
    avoid: '"epidemic" or "skyrocketing"',
    instead: '"a serious public health problem", or the real figures',
    why: 'Alarm words make suicide and overdose sound common and expected.',
    sources: ['reportingOnSuicide', 'messaging988'],
    pattern: /\b(?:epidemics?|skyrocket\w*)\b/gi,
  },
  {
    language: 'en',
    id: 'method-details',
    avoid: 'a method named beside a mention of suicide',
    instead: 'no details of how; write about warning signs, help and hope, with the crisis line beside it',
    why: 'Details of methods can raise the risk for people who are struggling.',
    sources: ['reportingOnSuicide', 'messaging988'],
    pattern:
      /\b(?:hang(?:s|ed|ing)?|noose|rope|guns?|firearms?|shot|shoot(?:s|ing)?|pills?|overdos(?:e|es|ed|ing)|poison(?:s|ed|ing)?|jump(?:s|ed|ing)?|bridges?|cliffs?|wrists?|razors?|blades?|lethal\s+doses?|carbon\s+monoxide|suffocat\w*)\b/gi,
    onlyInSentenceWith: SUICIDE_MENTION,
  },
  {
    language: 'en',
    id: 'addict',
    avoid: '"addict", "junkie" or "druggie"',
    instead: '"person with a substance use disorder" or "person in recovery"',
    why: 'A label makes the condition the whole person.',
    sources: ['wordsMatter'],
    pattern: /\b(?:addicts?|junk(?:ie|y|ies)|druggies?)\b/gi,
  },
  {
    language: 'en',
    id: 'abuser',
    avoid: '"abuser"',
    instead: '"person who uses drugs" or "person with a substance use disorder"',
    why: '"Abuser" blames and shames; it links the condition to crime.',
    sources: ['wordsMatter'],
    pattern: /\babusers?\b/gi,
  },
  {
    language: 'en',
    id: 'substance-abuse',
    avoid: '"substance abuse", "drug abuse" or "alcohol abuse"',
    instead: '"substance use", "misuse" or "substance use disorder"',
    why: '"Abuse" suggests wrongdoing rather than a health condition.',
    sources: ['wordsMatter'],
    pattern: /\b(?:substance|drug|alcohol|opioid)\s+abuse\b/gi,
  },
  {
    language: 'en',
    id: 'alcoholic',
    avoid: '"alcoholic" for a person',
    instead: '"person with an alcohol use disorder"',
    why: 'A label makes the condition the whole person.',
    sources: ['wordsMatter'],
    pattern: /\balcoholics?\b/gi,
  },
  {
    language: 'en',
    id: 'clean-dirty',
    avoid: '"clean" or "dirty" for substance use',
    instead: '"not using", "in recovery", "testing negative" or "testing positive"',
    why: 'These words suggest that using makes a person dirty.',
    sources: ['wordsMatter'],
    pattern:
      /\b(?:get|gets|getting|got|stay|stays|staying|stayed)\s+clean\b|\b(?:clean|dirty)\s+(?:(?:drug|urine)\s+)?(?:tests?|screens?)\b/gi,
  },
  {
    language: 'en',
    id: 'replacement-therapy',
    avoid: '"replacement" or "substitution" therapy',
    instead: '"medication for opioid use disorder" or "medication treatment"',
    why: 'Medication is treatment, not swapping one drug for another.',
    sources: ['wordsMatter'],
    pattern: /\b(?:replacement|substitution)\s+therap(?:y|ies)\b/gi,
  },
  {
    language: 'en',
    id: 'crazy',
    avoid: '"crazy", "insane", "psycho" or "lunatic"',
    instead: 'what the person feels or does, such as "overwhelmed" or "having a hard time"',
    why: 'Slang for mental illness mocks people who live with it.',
    sources: ['personFirst'],
    pattern: /\b(?:crazy|insane|insanity|psychos?|lunatics?|loony|mental\s+case)\b/gi,
  },
  {
    language: 'en',
    id: 'suffers-from',
    avoid: '"suffers from"',
    instead: '"has", "lives with" or "is being treated for"',
    why: 'It casts people as victims of their condition.',
    sources: ['personFirst', 'wordsMatter'],
    pattern: /\bsuffer(?:s|ed|ing)?\s+from\b/gi,
  },
  {
    language: 'en',
    id: 'the-mentally-ill',
    avoid: '"the mentally ill"',
    instead: '"people with a mental illness" or "people living with a mental health condition"',
    why: 'Put the person first.',
    sources: ['personFirst'],
    pattern: /\bthe\s+mentally\s+ill\b/gi,
  },
]

/** A pattern matched as whole words: Unicode-aware, since `\b` does not see "ó" or "í" as letters. */
const wholeWords = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu')

const SUICIDE_MENTION_ES = new RegExp(
  [
    'suicid\\p{L}*',
    '(?:quitar(?:se|me|te|le)?|quit(?:ó|a|an|aron|aba))\\s+la\\s+vida',
    'matar(?:se|me|te)',
    '(?:acabar|terminar)\\s+con\\s+(?:su|mi|tu)\\s+(?:propia\\s+)?vida',
  ].join('|'),
  'iu',
)

/** The Spanish rules: the same advice as the English ones, for the words Spanish texts use. */
const SPANISH_RULES: readonly WordingRule[] = [
  {
    language: 'es',
    id: 'es-cometer-suicidio',
    avoid: '"cometer suicidio"',
    instead: '"murió por suicidio" or "se quitó la vida"',
    why: '"Cometer" ties suicide to crime or sin.',
    sources: ['whoMedia', 'reportingOnSuicide'],
    pattern: wholeWords('comet(?:er|e|en|es|ió|io|ieron|ido|iendo|ía|ían)\\s+(?:un\\s+)?suicidio'),
  },
  {
    language: 'es',
    id: 'es-suicidio-exitoso',
    avoid: '"suicidio exitoso", "logrado" or "consumado"',
    instead: '"murió por suicidio"',
    why: 'Calling a death a success or an achievement presents suicide as a goal.',
    sources: ['whoMedia', 'reportingOnSuicide'],
    pattern: wholeWords(
      'suicidios?\\s+(?:exitos[oa]s?|logrados?|consumados?)|intentos?\\s+(?:de\\s+suicidio\\s+)?(?:exitosos?|logrados?|consumados?)',
    ),
  },
  {
    language: 'es',
    id: 'es-intento-fallido',
    avoid: '"intento fallido" or "frustrado"',
    instead: '"intento de suicidio" or "sobrevivió a un intento de suicidio"',
    why: 'Calling survival a failure presents suicide as a goal.',
    sources: ['whoMedia', 'reportingOnSuicide'],
    pattern: wholeWords('intentos?\\s+(?:de\\s+suicidio\\s+)?(?:fallidos?|frustrados?)|suicidios?\\s+(?:fallidos?|frustrados?)'),
  },
  {
    language: 'es',
    id: 'es-victima-suicidio',
    avoid: '"víctima de suicidio"',
    instead: '"persona que murió por suicidio"',
    why: 'Name the person, not the way they died.',
    sources: ['whoMedia', 'reportingOnSuicide'],
    pattern: wholeWords('víctimas?\\s+(?:del?\\s+)?suicidio'),
  },
  {
    language: 'es',
    id: 'es-epidemia',
    avoid: '"epidemia" or "cifras alarmantes"',
    instead: '"un problema serio de salud pública", or the real figures',
    why: 'Alarm words make suicide and overdose sound common and expected.',
    sources: ['whoMedia', 'reportingOnSuicide'],
    pattern: wholeWords('epidemias?|cifras\\s+alarmantes'),
  },
  {
    language: 'es',
    id: 'es-metodo',
    avoid: 'a method named beside a mention of suicide',
    instead: 'no details of how; write about warning signs, help and hope, with the crisis line beside it',
    why: 'Details of methods can raise the risk for people who are struggling.',
    sources: ['whoMedia', 'reportingOnSuicide'],
    pattern: wholeWords(
      [
        'ahorc\\p{L}*',
        'sogas?',
        'cuerdas?',
        'armas?(?:\\s+de\\s+fuego)?',
        'pistolas?',
        'escopetas?',
        'dispar\\p{L}*',
        'balazos?',
        'pastillas?',
        'píldoras?',
        'sobredosis',
        'venenos?',
        'envenen\\p{L}*',
        'se\\s+(?:tiró|tira|lanzó|lanza)',
        'lanzarse',
        'saltar',
        'puentes?',
        'acantilados?',
        'vías\\s+del\\s+tren',
        'muñecas?',
        'venas',
        'navajas?',
        'cuchillas?',
        'hojas?\\s+de\\s+afeitar',
        'monóxido\\s+de\\s+carbono',
        'asfixi\\p{L}*',
        'dosis\\s+letal(?:es)?',
      ].join('|'),
    ),
    onlyInSentenceWith: SUICIDE_MENTION_ES,
  },
  {
    language: 'es',
    id: 'es-adicto',
    avoid: '"adicto", "drogadicto", "toxicómano" or "yonqui"',
    instead: '"persona con un trastorno por consumo de sustancias" or "persona en recuperación"',
    why: 'A label makes the condition the whole person.',
    sources: ['wordsMatter', 'palabrasSiImportan'],
    pattern: wholeWords('adict[oa]s?|drogadict[oa]s?|toxicóman[oa]s?|yonquis?|drogatas?'),
  },
  {
    language: 'es',
    id: 'es-abuso-de-sustancias',
    avoid: '"abuso de sustancias", "de drogas" or "de alcohol"',
    instead: '"consumo de sustancias" or "trastorno por consumo de sustancias"',
    why: '"Abuso" suggests wrongdoing rather than a health condition.',
    sources: ['wordsMatter'],
    pattern: wholeWords('abusos?\\s+de\\s+(?:sustancias|drogas|alcohol|opioides|opiáceos)'),
  },
  {
    language: 'es',
    id: 'es-alcoholico',
    avoid: '"alcohólico" for a person',
    instead: '"persona con un trastorno por consumo de alcohol"',
    why: 'A label makes the condition the whole person. ("Bebidas alcohólicas" is fine.)',
    sources: ['wordsMatter', 'palabrasSiImportan'],
    pattern: wholeWords('(?:un|una|el|la|los|las|es|era|son|eran|ser)\\s+alcohólic[oa]s?'),
  },
  {
    language: 'es',
    id: 'es-limpio-sucio',
    avoid: '"limpio" or "sucio" for substance use',
    instead: '"no consume", "en recuperación", "resultado negativo" or "resultado positivo"',
    why: 'These words suggest that using makes a person dirty.',
    sources: ['wordsMatter'],
    pattern: wholeWords(
      '(?:estar|está|estoy|estás|están|estaba|estuvo|mantenerse|mantiene|sigue|seguir|sigo|lleva|llevo)\\s+limpi[oa]s?' +
        '|(?:pruebas?|análisis|exámenes|examen|muestras?)\\s+(?:de\\s+(?:orina|drogas)\\s+)?(?:limpi[oa]s?|suci[oa]s?)',
    ),
  },
  {
    language: 'es',
    id: 'es-terapia-de-sustitucion',
    avoid: '"terapia de sustitución" or "de reemplazo"',
    instead: '"medicamentos para el trastorno por consumo de opioides" or "tratamiento con medicamentos"',
    why: 'Medication is treatment, not swapping one drug for another.',
    sources: ['wordsMatter'],
    pattern: wholeWords('(?:terapias?|tratamientos?)\\s+(?:de\\s+)?(?:reemplazo|sustitución|sustitutiv[oa]s?)'),
  },
  {
    language: 'es',
    id: 'es-loco',
    avoid: '"loco", "locura", "demente", "psicópata" or "chiflado"',
    instead: 'what the person feels or does, such as "abrumado" or "pasando por un momento difícil"',
    why: 'Slang for mental illness mocks people who live with it.',
    sources: ['palabrasSiImportan', 'fundeu'],
    pattern: wholeWords('loc[oa]s?|locuras?|dementes?|psicópatas?|lunátic[oa]s?|chiflad[oa]s?|chalad[oa]s?|perturbad[oa]s?'),
  },
  {
    language: 'es',
    id: 'es-sufre-padece',
    avoid: '"sufre de" or "padece"',
    instead: '"tiene", "vive con" or "recibe tratamiento para"',
    why: 'It casts people as victims of their condition.',
    sources: ['palabrasSiImportan', 'fundeu'],
    pattern: wholeWords(
      'sufr(?:e|en|es|ía|ían|ir|iendo|ió|o)\\s+(?:de|un|una|depresión|ansiedad|esquizofrenia|trastornos?)|padec(?:e|en|es|er|ía|ían|iendo|ió|o)',
    ),
  },
  {
    language: 'es',
    id: 'es-etiqueta-diagnostico',
    avoid: 'a diagnosis as a noun for a person: "un esquizofrénico", "una bipolar", "los depresivos"',
    instead: '"una persona con esquizofrenia", "una persona con trastorno bipolar"',
    why: 'Put the person first: a diagnosis is something a person has, not who they are.',
    sources: ['palabrasSiImportan', 'fundeu', 'personFirst'],
    pattern: wholeWords(
      '(?:un|una|el|la|los|las|es|era|son|eran|ser)\\s+(?:esquizofrénic[oa]s?|bipolar(?:es)?|depresiv[oa]s?|psicótic[oa]s?|anoréxic[oa]s?|bulímic[oa]s?|paranoic[oa]s?)',
    ),
  },
  {
    language: 'es',
    id: 'es-enfermos-mentales',
    avoid: '"enfermo mental" or "los enfermos mentales"',
    instead: '"persona con un problema de salud mental" or "persona con una enfermedad mental"',
    why: 'Put the person first.',
    sources: ['palabrasSiImportan', 'fundeu'],
    pattern: wholeWords('(?:enferm[oa]s?|trastornad[oa]s?)\\s+mentales?'),
  },
]

export interface WordingFinding {
  rule: WordingRule
  /** The words found, as written. */
  found: string
}

/** Every rule, each language's in turn. */
export const WORDING_RULES: readonly WordingRule[] = [...ENGLISH_RULES, ...SPANISH_RULES]

function sentencesOf(text: string, language: Language): string[] {
  return [...new Intl.Segmenter(language, {granularity: 'sentence'}).segment(text)].map((part) => part.segment)
}

/** Every phrase in `text` the guidance for its language advises against, in the order of the rules. */
export function findUnsafeWording(text: string, language: Language = 'en'): WordingFinding[] {
  return WORDING_RULES.filter((rule) => rule.language === language).flatMap((rule) => {
    const scopes = rule.onlyInSentenceWith
      ? sentencesOf(text, language).filter((sentence) => rule.onlyInSentenceWith?.test(sentence))
      : [text]
    return scopes.flatMap((scope) => [...scope.matchAll(rule.pattern)].map((match) => ({rule, found: match[0]})))
  })
}

/** The warning an editor reads: what was found, what to write instead, why, and the source. */
export function wordingMessage({rule, found}: WordingFinding): string {
  const sources = rule.sources.map((id) => `${WORDING_SOURCES[id].title}, ${WORDING_SOURCES[id].url}`).join('; ')
  return `Found "${found}": avoid ${rule.avoid}. Write ${rule.instead} instead. ${rule.why} (Source: ${sources}.)`
}
