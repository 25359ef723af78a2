// The content checks as the Studio runs them on one document (schemas/lib/contentCheckRule.ts is a thin
// wrapper around checkContent): the measure and the wording list follow the document's language.
import {describe, expect, it} from 'vitest'
import {checkContent} from '../schemas/lib/contentChecks'

const answer = (...texts: string[]) =>
  texts.map((text, index) => ({
    _type: 'block',
    _key: `a${index}`,
    style: 'normal',
    markDefs: [],
    children: [{_type: 'span', _key: 's', text, marks: []}],
  }))

const dense =
  'La determinación de la cobertura correspondiente requiere documentación exhaustiva de la necesidad médica, ' +
  'conforme a las especificaciones contractuales establecidas por la aseguradora.'

describe('the content checks of a Spanish document', () => {
  it('say the reading level on the INFLESZ scale, with the limit and the sentence to shorten', () => {
    const findings = checkContent({_id: 'faq-test-es', _type: 'faq', language: 'es', answer: answer(dense)})
    expect(findings.map((finding) => finding.check)).toEqual(['reading-level'])
    const [finding] = findings
    expect(finding?.path).toEqual(['answer'])
    expect(finding?.message).toMatch(
      /^Reads as "(muy difícil|algo difícil)" \(Szigriszt-Pazos -?\d+(\.\d)?\); aim for "normal" \(55\) or easier\./,
    )
    expect(finding?.message).toContain('"La determinación de la cobertura')
  })

  it('pass plain Spanish that would fail nothing, and measure it on the Spanish scale, not in US grades', () => {
    const plain = answer('Sí. Usted puede seguir con su trabajo. Los grupos son por la mañana o por la tarde.')
    expect(checkContent({_id: 'faq-plain-es', _type: 'faq', language: 'es', answer: plain})).toEqual([])
  })

  it('flag Spanish wording with the Spanish rules, and leave English rules to English documents', () => {
    const spanish = checkContent({
      _id: 'faq-words-es',
      _type: 'faq',
      language: 'es',
      question: '¿Qué pasa si mi hermano sufre de depresión?',
      answer: answer('Su tío cometió suicidio.', 'He committed suicide.'),
    })
    const wording = spanish.filter((finding) => finding.check === 'wording')
    expect(wording.map((finding) => finding.path)).toEqual([['question'], ['answer', {_key: 'a0'}]])
    expect(wording[0]?.message).toMatch(/^Found "sufre de": avoid "sufre de" or "padece"\. Write "tiene", "vive con"/)
    expect(wording[1]?.message).toMatch(/^Found "cometió suicidio": avoid "cometer suicidio"\. Write "murió por suicidio"/)
    expect(wording[1]?.message).toContain('https://www.who.int/')
    const english = checkContent({_id: 'faq-words', _type: 'faq', language: 'en', answer: answer('Su tío cometió suicidio.')})
    expect(english.filter((finding) => finding.check === 'wording')).toEqual([])
  })

  it('read a document without a language as English', () => {
    const findings = checkContent({_id: 'faq-old', _type: 'faq', answer: answer('Her uncle committed suicide.')})
    expect(findings.some((finding) => finding.message.startsWith('Found "committed suicide"'))).toBe(true)
  })
})
