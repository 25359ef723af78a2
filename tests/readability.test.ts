import {describe, expect, it} from 'vitest'
import {infleszLevel, readability, readingLimit, szigrisztPazos, withinLimit} from '../schemas/lib/readability'
import {spanishSyllables} from '../schemas/lib/spanishSyllables'

describe('the reading-level measure', () => {
  it('scores short plain sentences below long ones built from long words', () => {
    const plain = readability(['We call you back. You talk to a nurse. Then you choose a day to start.'])
    const dense = readability([
      'Comprehensive multidisciplinary interventions, individualized according to biopsychosocial formulations, ' +
        'demonstrate considerable effectiveness regarding psychological symptomatology across heterogeneous populations.',
    ])
    expect(plain?.score).toBeLessThan(4)
    expect(dense?.score).toBeGreaterThan(16)
    expect(plain?.level).toMatch(/^US grade /)
  })

  it('reads a heading or a list item as its own sentence, even without a full stop', () => {
    const result = readability(['What to expect', 'a check-in with the group', 'a new skill to practice'])
    expect(result?.sentences).toBe(3)
    expect(result?.longest[0]).toEqual({text: 'a check-in with the group', words: 6})
  })

  it('does not end a sentence after a title such as "Dr."', () => {
    expect(readability(['Dr. Okafor leads the team. She is a psychiatrist.'])?.sentences).toBe(2)
  })

  it('names the longest sentences, longest first, with their word counts', () => {
    const result = readability([
      'Short one. This sentence has exactly seven words here. This one is a little longer than the one before it, at fifteen words long.',
    ])
    expect(result?.longest.map((sentence) => sentence.words)).toEqual([15, 7, 2])
    expect(result?.wordsPerSentence).toBe(8)
  })

  it('has nothing to say about text without words', () => {
    expect(readability(['', '   '])).toBeUndefined()
  })
})

describe('Spanish syllables, counted from the spelling', () => {
  // Worked examples of the rules Spanish grammars teach: one vowel nucleus per syllable; a weak vowel
  // (i, u) with another vowel is one syllable (a diphthong), two strong vowels (a, e, o) are two (a
  // hiatus), and a written accent on i or u breaks a diphthong.
  const EXAMPLES: Record<string, number> = {
    sol: 1,
    casa: 2, // ca-sa
    terapia: 3, // te-ra-pia: diphthong "ia"
    ciudad: 2, // ciu-dad: two weak vowels
    puede: 2, // pue-de
    después: 2, // des-pués: an accent on the strong vowel keeps the diphthong
    también: 2, // tam-bién
    leer: 2, // le-er: hiatus of two strong vowels
    poeta: 3, // po-e-ta
    teatro: 3, // te-a-tro
    día: 2, // dí-a: the accent breaks the diphthong
    país: 2, // pa-ís
    reúne: 3, // re-ú-ne
    guía: 2, // guí-a
    que: 1, // the "u" of "que" is silent
    guerra: 2, // gue-rra
    pingüino: 3, // pin-güi-no
    ahora: 3, // a-ho-ra: "h" does not join the vowels
    prohíbe: 3, // pro-hí-be
    hoy: 1, // a final "y" joins the vowel before it
    muy: 1,
    Uruguay: 3, // u-ru-guay: a triphthong
    buey: 1,
    ansiedad: 3, // an-sie-dad
    psicología: 5, // psi-co-lo-gí-a
    emocional: 4, // e-mo-cio-nal
    conductual: 3, // con-duc-tual
    '988': 0, // no letters: the measure counts every word as at least one syllable
  }
  for (const [word, syllables] of Object.entries(EXAMPLES))
    it(`counts ${syllables} in "${word}"`, () => expect(spanishSyllables(word)).toBe(syllables))
})

describe('the Spanish measure: Szigriszt-Pazos on the INFLESZ scale', () => {
  it('follows the published formula: 206.835 − 62.3 × syllables per word − words per sentence', () => {
    // Worked by hand from the definition: 100 words, 200 syllables, 5 sentences.
    expect(szigrisztPazos({word: 100, syllable: 200, sentence: 5})).toBeCloseTo(206.835 - 124.6 - 20, 6)
    // 12 words, 20 syllables, 2 sentences: 206.835 − 62.3 × 20/12 − 6 = 97.001…
    expect(szigrisztPazos({word: 12, syllable: 20, sentence: 2})).toBeCloseTo(97.0017, 3)
  })

  it('names the INFLESZ band of a score, each band from its lower bound', () => {
    expect([39.9, 40, 54.9, 55, 64.9, 65, 79.9, 80, 95].map(infleszLevel)).toEqual([
      'muy difícil',
      'algo difícil',
      'algo difícil',
      'normal',
      'normal',
      'bastante fácil',
      'bastante fácil',
      'muy fácil',
      'muy fácil',
    ])
  })

  it('scores a counted sentence exactly: "El niño come pan." is 4 words and 6 syllables', () => {
    // el (1) ni-ño (2) co-me (2) pan (1): 206.835 − 62.3 × 6/4 − 4/1 = 109.385.
    const result = readability(['El niño come pan.'], 'es')
    expect(result?.words).toBe(4)
    expect(result?.score).toBe(109.4)
    expect(result?.level).toBe('"muy fácil" (Szigriszt-Pazos 109.4)')
  })

  it('reads short, plain Spanish as easy and dense clinical Spanish as hard', () => {
    const plain = readability(['Usted vive en su casa. Viene a la clínica unas horas. Luego vuelve a casa.'], 'es')
    const dense = readability(
      [
        'La intervención psicoterapéutica multidisciplinaria, individualizada según formulaciones biopsicosociales, ' +
          'demuestra una efectividad considerable respecto de la sintomatología psicopatológica.',
      ],
      'es',
    )
    expect(plain?.level).toMatch(/^"(muy fácil|bastante fácil)"/)
    expect(dense?.level).toMatch(/^"muy difícil"/)
  })

  it('holds starter education pages and FAQ answers to "normal" or easier, where a higher score is easier', () => {
    expect(readingLimit('es', 'education')).toBe(55)
    expect(readingLimit('es', 'faqAnswer')).toBe(55)
    expect(withinLimit('es', 55, 55)).toBe(true)
    expect(withinLimit('es', 54.9, 55)).toBe(false)
    expect(withinLimit('en', 8, 8)).toBe(true)
    expect(withinLimit('en', 8.1, 8)).toBe(false)
  })

  it('does not end a Spanish sentence after "Dra." or "Ud."', () => {
    expect(readability(['La Dra. Okafor dirige el equipo. Ud. puede llamar.'], 'es')?.sentences).toBe(2)
    expect(readability(['Hay varias formas, p. ej. la TCC. Pregunte.'], 'es')?.sentences).toBe(2)
  })
})
