// Sentences, titles and slugs assembled from the fixed word lists, driven by the seeded PRNG.
import type {Random} from './random.ts'
import {ADJECTIVES, NOUNS, OPENERS, PLACES, SUBJECTS, VERBS} from './vocabulary.ts'

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** A noun phrase such as "a calm routine" or "your weekly goals". */
function nounPhrase(random: Random): string {
  const noun = random.pick(NOUNS)
  const adjective = random.chance(0.6) ? `${random.pick(ADJECTIVES)} ` : ''
  const plural = random.chance(0.35)
  const determiner = plural ? random.pick(['your', 'small', 'new']) : random.pick(['a', 'the', 'your'])
  const article = determiner === 'a' && /^[aeiou]/.test(adjective || noun) ? 'an' : determiner
  return `${article} ${adjective}${noun}${plural ? 's' : ''}`
}

/** One sentence of 8 to 20 words. */
export function sentence(random: Random): string {
  const parts = [
    random.chance(0.3) ? random.pick(OPENERS) : '',
    random.pick(SUBJECTS),
    random.pick(VERBS),
    nounPhrase(random),
    random.chance(0.7) ? random.pick(PLACES) : '',
    random.chance(0.35) ? `and ${random.pick(VERBS)} ${nounPhrase(random)}` : '',
  ].filter(Boolean)
  return `${capitalize(parts.join(' '))}.`
}

export function sentences(random: Random, min: number, max: number): string {
  return Array.from({length: random.int(min, max)}, () => sentence(random)).join(' ')
}

/** Text of at most `maxLength` characters, cut at a sentence boundary (at least one sentence). */
export function textUpTo(random: Random, maxLength: number): string {
  let text = sentence(random)
  for (;;) {
    const next = `${text} ${sentence(random)}`
    if (next.length > maxLength) return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1).trimEnd()}.`
    text = next
  }
}

/** A short heading such as "Building a steady routine". */
export function heading(random: Random): string {
  const verb = random.pick(['Building', 'Understanding', 'Planning', 'Noticing', 'Easing', 'Talking about', 'Protecting'])
  return `${verb} ${nounPhrase(random).replace(/^(a|an|the|your|small|new) /, random.pick(['your ', 'a ', '']))}`.replace(
    /\s+/g,
    ' ',
  )
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Hands out slugs unique within one document type: "sleep-worry", "sleep-worry-2", ... */
export function createSlugRegistry(reserved: readonly string[] = []) {
  const taken = new Set(reserved)
  return (title: string): string => {
    const base = slugify(title)
    let candidate = base
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`
    taken.add(candidate)
    return candidate
  }
}
