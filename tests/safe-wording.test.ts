import {describe, expect, it} from 'vitest'
import {findUnsafeWording, WORDING_RULES, WORDING_SOURCES, wordingMessage} from '../schemas/lib/safeWording'

/** One sentence each rule must catch, and the better wording it must let through. */
const EXAMPLES: Record<string, {avoid: string; better: string}> = {
  'committed-suicide': {avoid: 'Her brother committed suicide last year.', better: 'Her brother died by suicide last year.'},
  'successful-suicide': {avoid: 'It was a successful attempt.', better: 'He died by suicide.'},
  'failed-attempt': {avoid: 'After a failed suicide attempt, she got help.', better: 'After a suicide attempt, she got help.'},
  'suicide-victim': {avoid: 'The suicide victim was 40.', better: 'The man who died by suicide was 40.'},
  epidemic: {
    avoid: 'An epidemic of overdoses is sweeping the state.',
    better: 'Overdose deaths are a serious public health problem.',
  },
  'method-details': {
    avoid: 'He thought about suicide and looked at a bridge near his home.',
    better: 'He thought about suicide and called 988 for help.',
  },
  addict: {avoid: 'Addicts are welcome in our groups.', better: 'People with a substance use disorder are welcome.'},
  abuser: {avoid: 'We treat drug abusers.', better: 'We treat people who use drugs.'},
  'substance-abuse': {avoid: 'Substance abuse affects families.', better: 'Substance use affects families.'},
  alcoholic: {avoid: 'Her father was an alcoholic.', better: 'Her father had an alcohol use disorder.'},
  'clean-dirty': {avoid: 'He has stayed clean for a year.', better: 'He has not used for a year.'},
  'replacement-therapy': {avoid: 'We offer opioid replacement therapy.', better: 'We offer medication for opioid use disorder.'},
  crazy: {avoid: 'It felt crazy to ask for help.', better: 'It felt strange to ask for help.'},
  'suffers-from': {avoid: 'She suffers from depression.', better: 'She lives with depression.'},
  'the-mentally-ill': {avoid: 'Housing for the mentally ill.', better: 'Housing for people with a mental illness.'},
  'es-cometer-suicidio': {
    avoid: 'Su hermano cometió suicidio el año pasado.',
    better: 'Su hermano murió por suicidio el año pasado.',
  },
  'es-suicidio-exitoso': {avoid: 'Fue un suicidio consumado.', better: 'Él murió por suicidio.'},
  'es-intento-fallido': {
    avoid: 'Después de un intento fallido, buscó ayuda.',
    better: 'Después de un intento de suicidio, buscó ayuda.',
  },
  'es-victima-suicidio': {
    avoid: 'La víctima del suicidio tenía 40 años.',
    better: 'El hombre que murió por suicidio tenía 40 años.',
  },
  'es-epidemia': {
    avoid: 'Una epidemia de sobredosis recorre el estado.',
    better: 'Las muertes por sobredosis son un problema serio de salud pública.',
  },
  'es-metodo': {
    avoid: 'Pensó en el suicidio y miró un puente cerca de su casa.',
    better: 'Pensó en el suicidio y llamó al 988 para pedir ayuda.',
  },
  'es-adicto': {
    avoid: 'Los adictos son bienvenidos en nuestros grupos.',
    better: 'Las personas con un trastorno por consumo de sustancias son bienvenidas.',
  },
  'es-abuso-de-sustancias': {
    avoid: 'El abuso de drogas afecta a las familias.',
    better: 'El consumo de drogas afecta a las familias.',
  },
  'es-alcoholico': {
    avoid: 'Su padre era alcohólico.',
    better: 'Su padre tenía un trastorno por consumo de alcohol y evitaba las bebidas alcohólicas.',
  },
  'es-limpio-sucio': {avoid: 'Lleva limpio un año.', better: 'No ha consumido en un año.'},
  'es-terapia-de-sustitucion': {
    avoid: 'Ofrecemos terapia de sustitución con opioides.',
    better: 'Ofrecemos medicamentos para el trastorno por consumo de opioides.',
  },
  'es-loco': {avoid: 'Me sentía loca por pedir ayuda.', better: 'Me sentía rara al pedir ayuda.'},
  'es-sufre-padece': {avoid: 'Ella sufre de depresión y su hermano padece ansiedad.', better: 'Ella vive con depresión.'},
  'es-etiqueta-diagnostico': {
    avoid: 'Un esquizofrénico pidió ayuda.',
    better: 'Una persona con esquizofrenia pidió ayuda. Tiene un trastorno depresivo.',
  },
  'es-enfermos-mentales': {
    avoid: 'Viviendas para enfermos mentales.',
    better: 'Viviendas para personas con una enfermedad mental.',
  },
}

describe('the safe-wording list', () => {
  it('has an example here for every rule, so each one is known to catch something', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(WORDING_RULES.map((rule) => rule.id).sort())
  })

  for (const rule of WORDING_RULES) {
    it(`flags ${rule.avoid} and lets the better wording through`, () => {
      const example = EXAMPLES[rule.id]
      if (!example) throw new Error(`no example for ${rule.id}`)
      expect(findUnsafeWording(example.avoid, rule.language).map((finding) => finding.rule.id)).toContain(rule.id)
      expect(findUnsafeWording(example.better, rule.language)).toEqual([])
    })
  }

  it('names a method only beside a mention of suicide: overdose advice on its own is fine', () => {
    expect(findUnsafeWording('After a break from opioids, the risk of overdose is much higher.')).toEqual([])
    expect(findUnsafeWording('Ask them to store pills safely. Talk about suicide openly.')).toEqual([])
    expect(findUnsafeWording('She took pills in a suicide attempt.').map((finding) => finding.rule.id)).toEqual([
      'method-details',
    ])
  })

  it('leaves longer words and other senses alone: "addiction", clean hands', () => {
    expect(findUnsafeWording('Addiction is treatable, and recovery is common. Wash your hands clean.')).toEqual([])
  })

  it('reads a text by the rules of its own language only', () => {
    expect(findUnsafeWording('Su hermano cometió suicidio.', 'en')).toEqual([])
    expect(findUnsafeWording('He committed suicide.', 'es')).toEqual([])
    expect(findUnsafeWording('Su hermano cometió suicidio.', 'es').map((finding) => finding.rule.id)).toEqual([
      'es-cometer-suicidio',
    ])
  })

  it('in Spanish, names a method only beside a mention of suicide, and leaves longer words alone', () => {
    expect(findUnsafeWording('Después de una pausa, el riesgo de sobredosis es mucho mayor.', 'es')).toEqual([])
    expect(findUnsafeWording('Tomó pastillas para quitarse la vida.', 'es').map((finding) => finding.rule.id)).toEqual([
      'es-metodo',
    ])
    expect(
      findUnsafeWording('La adicción se puede tratar. Es un trastorno depresivo. Evite las bebidas alcohólicas.', 'es'),
    ).toEqual([])
  })

  it('cites a Spanish-language source for the Spanish person-first rules', () => {
    const spanish = WORDING_RULES.filter((rule) => rule.language === 'es')
    expect(spanish.length).toBeGreaterThanOrEqual(12)
    for (const rule of spanish.filter((candidate) =>
      ['es-loco', 'es-enfermos-mentales', 'es-etiqueta-diagnostico'].includes(candidate.id),
    ))
      expect(rule.sources).toContain('palabrasSiImportan')
  })

  it('tells the editor what was found, what to write instead, why, and the source with its address', () => {
    const [finding] = findUnsafeWording('He committed suicide.')
    if (!finding) throw new Error('nothing found')
    const message = wordingMessage(finding)
    expect(message).toContain('Found "committed suicide"')
    expect(message).toContain('"died by suicide"')
    expect(message).toContain('https://reportingonsuicide.org/')
  })

  it('cites sources at https addresses', () => {
    for (const source of Object.values(WORDING_SOURCES)) expect(source.url).toMatch(/^https:\/\/[a-z0-9.-]+\//)
  })
})
