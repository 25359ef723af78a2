// Words that safe-messaging and person-first language guidance advise against, each with better
// wording and where the advice comes from. One list for the Studio's warnings, the tests and the
// content report. The advice is summarised in our own words; follow the sources for the full text.

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
} as const

export type WordingSourceId = keyof typeof WORDING_SOURCES

export interface WordingRule {
  id: string
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

export const WORDING_RULES: readonly WordingRule[] = [
  {
    id: 'committed-suicide',
    avoid: '"committed suicide"',
    instead: '"died by suicide" or "took their own life"',
    why: '"Committed" ties suicide to crime or sin.',
    sources: ['reportingOnSuicide', 'messaging988'],
    pattern: /\bcommit(?:s|ted|ting)?\s+suicide\b/gi,
  },
  {
    id: 'successful-suicide',
    avoid: '"successful" or "completed" suicide',
    instead: '"died by suicide"',
    why: 'Calling a death a success presents suicide as a goal.',
    sources: ['reportingOnSuicide', 'messaging988'],
    pattern: /\b(?:successful|completed)\s+(?:suicides?|(?:suicide\s+)?attempts?)\b/gi,
  },
  {
    id: 'failed-attempt',
    avoid: '"failed" or "unsuccessful" attempt',
    instead: '"suicide attempt" or "survived a suicide attempt"',
    why: 'Calling survival a failure presents suicide as a goal.',
    sources: ['reportingOnSuicide', 'messaging988'],
    pattern: /\b(?:failed|unsuccessful)\s+(?:suicide\s+)?(?:attempts?|suicides?)\b/gi,
  },
  {
    id: 'suicide-victim',
    avoid: '"suicide victim"',
    instead: '"person who died by suicide"',
    why: 'Name the person, not the way they died.',
    sources: ['reportingOnSuicide'],
    pattern: /\bsuicide\s+victims?\b|\bvictims?\s+of\s+suicide\b/gi,
  },
  {
    id: 'epidemic',
    avoid: '"epidemic" or "skyrocketing"',
    instead: '"a serious public health problem", or the real figures',
    why: 'Alarm words make suicide and overdose sound common and expected.',
    sources: ['reportingOnSuicide', 'messaging988'],
    pattern: /\b(?:epidemics?|skyrocket\w*)\b/gi,
  },
  {
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
    id: 'addict',
    avoid: '"addict", "junkie" or "druggie"',
    instead: '"person with a substance use disorder" or "person in recovery"',
    why: 'A label makes the condition the whole person.',
    sources: ['wordsMatter'],
    pattern: /\b(?:addicts?|junk(?:ie|y|ies)|druggies?)\b/gi,
  },
  {
    id: 'abuser',
    avoid: '"abuser"',
    instead: '"person who uses drugs" or "person with a substance use disorder"',
    why: '"Abuser" blames and shames; it links the condition to crime.',
    sources: ['wordsMatter'],
    pattern: /\babusers?\b/gi,
  },
  {
    id: 'substance-abuse',
    avoid: '"substance abuse", "drug abuse" or "alcohol abuse"',
    instead: '"substance use", "misuse" or "substance use disorder"',
    why: '"Abuse" suggests wrongdoing rather than a health condition.',
    sources: ['wordsMatter'],
    pattern: /\b(?:substance|drug|alcohol|opioid)\s+abuse\b/gi,
  },
  {
    id: 'alcoholic',
    avoid: '"alcoholic" for a person',
    instead: '"person with an alcohol use disorder"',
    why: 'A label makes the condition the whole person.',
    sources: ['wordsMatter'],
    pattern: /\balcoholics?\b/gi,
  },
  {
    id: 'clean-dirty',
    avoid: '"clean" or "dirty" for substance use',
    instead: '"not using", "in recovery", "testing negative" or "testing positive"',
    why: 'These words suggest that using makes a person dirty.',
    sources: ['wordsMatter'],
    pattern:
      /\b(?:get|gets|getting|got|stay|stays|staying|stayed)\s+clean\b|\b(?:clean|dirty)\s+(?:(?:drug|urine)\s+)?(?:tests?|screens?)\b/gi,
  },
  {
    id: 'replacement-therapy',
    avoid: '"replacement" or "substitution" therapy',
    instead: '"medication for opioid use disorder" or "medication treatment"',
    why: 'Medication is treatment, not swapping one drug for another.',
    sources: ['wordsMatter'],
    pattern: /\b(?:replacement|substitution)\s+therap(?:y|ies)\b/gi,
  },
  {
    id: 'crazy',
    avoid: '"crazy", "insane", "psycho" or "lunatic"',
    instead: 'what the person feels or does, such as "overwhelmed" or "having a hard time"',
    why: 'Slang for mental illness mocks people who live with it.',
    sources: ['personFirst'],
    pattern: /\b(?:crazy|insane|insanity|psychos?|lunatics?|loony|mental\s+case)\b/gi,
  },
  {
    id: 'suffers-from',
    avoid: '"suffers from"',
    instead: '"has", "lives with" or "is being treated for"',
    why: 'It casts people as victims of their condition.',
    sources: ['personFirst', 'wordsMatter'],
    pattern: /\bsuffer(?:s|ed|ing)?\s+from\b/gi,
  },
  {
    id: 'the-mentally-ill',
    avoid: '"the mentally ill"',
    instead: '"people with a mental illness" or "people living with a mental health condition"',
    why: 'Put the person first.',
    sources: ['personFirst'],
    pattern: /\bthe\s+mentally\s+ill\b/gi,
  },
]

export interface WordingFinding {
  rule: WordingRule
  /** The words found, as written. */
  found: string
}

function sentencesOf(text: string): string[] {
  return [...new Intl.Segmenter('en', {granularity: 'sentence'}).segment(text)].map((part) => part.segment)
}

/** Every phrase in `text` the guidance advises against, in the order of the rules. */
export function findUnsafeWording(text: string): WordingFinding[] {
  return WORDING_RULES.flatMap((rule) => {
    const scopes = rule.onlyInSentenceWith
      ? sentencesOf(text).filter((sentence) => rule.onlyInSentenceWith?.test(sentence))
      : [text]
    return scopes.flatMap((scope) => [...scope.matchAll(rule.pattern)].map((match) => ({rule, found: match[0]})))
  })
}

/** The warning an editor reads: what was found, what to write instead, why, and the source. */
export function wordingMessage({rule, found}: WordingFinding): string {
  const sources = rule.sources.map((id) => `${WORDING_SOURCES[id].title}, ${WORDING_SOURCES[id].url}`).join('; ')
  return `Found "${found}": avoid ${rule.avoid}. Write ${rule.instead} instead. ${rule.why} (Source: ${sources}.)`
}
