// The components' interface text in Spanish: every phrase is there and none is left in English, and
// the crisis line reads as the 988 Lifeline in Spanish asks to be used.
import {describe, expect, it} from 'vitest'
import {componentMessages, type ComponentMessages} from '../site/lib/i18n/componentMessages'
import {capitalize} from '../site/lib/pages/format'
import {CONTACT_TIMES} from '../site/lib/pages/inquiryForm'

/** Phrases that are the same in every language: the copyright line is a sign, a year and a name. */
const SAME_IN_EVERY_LANGUAGE = new Set(['footer.copyright'])

/** Every phrase of a catalog by its dotted key; phrases with blanks are filled with sample values. */
function phrases(catalog: ComponentMessages): Map<string, string> {
  const found = new Map<string, string>()
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') found.set(key, value)
    else if (typeof value === 'function') found.set(key, String((value as (...args: unknown[]) => unknown)('A1', 'B2', 'C3')))
    else if (value && typeof value === 'object')
      for (const [name, inner] of Object.entries(value)) walk(inner, key ? `${key}.${name}` : name)
  }
  walk(catalog, '')
  return found
}

describe('the Spanish interface text of the components', () => {
  const english = phrases(componentMessages.en)
  const spanish = phrases(componentMessages.es)

  it('has every phrase the English catalog has, none empty and none left in English', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort())
    const untranslated = [...english].filter(([key, text]) => !SAME_IN_EVERY_LANGUAGE.has(key) && spanish.get(key) === text)
    expect(untranslated).toEqual([])
    // Empty phrases are allowed only where English has nothing to say either.
    for (const [key, text] of spanish) if (text.trim() === '') expect(english.get(key), key).toBe('')
  })

  it('puts the values where Spanish puts them', () => {
    const es = componentMessages.es
    expect(es.footer.seeAllAccreditations(8)).toBe('Vea las 8 acreditaciones y licencias')
    expect(es.inquiry.messageHint(500)).toContain('Hasta 500 caracteres.')
    expect(es.levelsOfCare.caption(es.levelsOfCare.thisProgram)).toContain('“Este programa”')
  })

  it('words the 988 Lifeline in Spanish: call and press 2, text AYUDA, chat on its Spanish site, 911', () => {
    const crisis = componentMessages.es.crisis
    expect(capitalize(crisis.call('988', '2'), 'es')).toBe('Llame al 988 y marque 2')
    expect(crisis.text('988', 'AYUDA')).toBe('envíe AYUDA al 988')
    expect(capitalize(crisis.chat('988lineadevida.org'), 'es')).toBe('Use el chat en 988lineadevida.org')
    expect(`${crisis.inAnEmergency} ${crisis.call('911')}`).toBe('En una emergencia, llame al 911')
    // Without an option or a keyword, nothing is left dangling.
    expect(crisis.call('988')).toBe('llame al 988')
    expect(crisis.text('988')).toBe('envíe un mensaje de texto al 988')
  })

  it('keeps the English crisis line as the settings word it', () => {
    const crisis = componentMessages.en.crisis
    expect(capitalize(crisis.call('988'), 'en')).toBe('Call 988')
    expect(crisis.text('741741', 'HOME')).toBe('text HOME to 741741')
  })

  it('offers every contact time in Spanish', () => {
    for (const time of CONTACT_TIMES) expect(time.label.es, time.value).not.toBe(time.label.en)
  })
})
