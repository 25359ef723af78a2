// Counts the syllables of a Spanish word from its spelling. Spanish spelling is close to its sound,
// so the count is the number of vowel nuclei: a run of vowels is one syllable (a diphthong or
// triphthong) except where two strong vowels meet, or a weak vowel carries a written accent (a
// hiatus). No npm library for this is maintained (the one published, silabea 1.0.0, keeps state in
// module globals and ships its test runner as a dependency), and the rules are short and regular.

/** a, e, o, and i or u with a written accent (the accent breaks a diphthong: dí-a, ba-úl). */
const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú'])
/** i, u and ü without an accent, which join a neighbouring vowel in one syllable. */
const WEAK = new Set(['i', 'u', 'ü'])

const isVowel = (letter: string) => STRONG.has(letter) || WEAK.has(letter)

/**
 * The syllables in one Spanish word, as written: 0 for a word with no vowel (a number, "CBT").
 * "y" is counted as a consonant: before a vowel it is one (ya, mayo), and at the end of a word it
 * joins the vowel before it (hoy, muy); the conjunction "y" alone is one syllable, which the
 * readability measure gives every word anyway. The "u" of "que" and "gui" is silent, but it sits in
 * a vowel run that is one syllable either way, so it needs no rule of its own; "h" between vowels
 * does not join them (a-ho-ra), and is a consonant here too.
 */
export function spanishSyllables(word: string): number {
  const letters = [...word.toLowerCase().normalize('NFC')]
  let count = 0
  let previous: string | undefined
  for (const letter of letters) {
    if (!isVowel(letter)) {
      previous = undefined
      continue
    }
    // A new syllable starts at the first vowel of a run, and wherever two strong vowels meet.
    if (previous === undefined || (STRONG.has(previous) && STRONG.has(letter))) count += 1
    previous = letter
  }
  return count
}
