import {describe, expect, it} from 'vitest'
import {readability} from '../schemas/lib/readability'

describe('the reading-level measure', () => {
  it('scores short plain sentences below long ones built from long words', () => {
    const plain = readability(['We call you back. You talk to a nurse. Then you choose a day to start.'])
    const dense = readability([
      'Comprehensive multidisciplinary interventions, individualized according to biopsychosocial formulations, ' +
        'demonstrate considerable effectiveness regarding psychological symptomatology across heterogeneous populations.',
    ])
    expect(plain?.grade).toBeLessThan(4)
    expect(dense?.grade).toBeGreaterThan(16)
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
