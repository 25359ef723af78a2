// Builds the site from the starter dataset and checks the Spanish edition as a Spanish-speaking
// visitor (and a search engine) meets it: the language of every page, the pairs of pages in both
// languages, Spanish crisis help, the language-assistance notice, no English interface text, and a
// language switch that never leads nowhere. The build also lists the translation left stale on purpose.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {DEFAULT_LANGUAGE, translationIsStale} from '../schemas/lib/languages'
import {SPANISH_CRISIS_LINE} from '../schemas/lib/crisisLine'
import {componentMessages} from '../site/lib/i18n/componentMessages'
import {pageMessages} from '../site/lib/i18n/pageMessages'
import {buildSite, readPages, type BuiltPage} from './support/build'
import {publishedDocuments, translationMetadata} from './support/seed'
import {seedVariant} from './support/seedVariant'

const SITE_URL = 'https://clinic.example.com'
let pages: BuiltPage[] = []
let outDir = ''
let log = ''

beforeAll(async () => {
  ;({outDir, log} = await buildSite({SITE_URL}))
  pages = readPages(outDir).filter((built) => built.path !== '/404.html')
}, 300_000)

const isSpanish = (built: BuiltPage) => built.path.startsWith('/es/')
const spanishPages = () => pages.filter(isSpanish)
const byPath = (urlPath: string) => pages.find((built) => built.path === urlPath)
const localPath = (href: string) => new URL(href, SITE_URL).pathname
/** What the settings documents of the starter dataset hold, as far as this test reads them. */
interface SettingsWords {
  tagline: string
  phone: string
  inquiry: {endpoint?: string; consentText: string}
}
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The page's hreflang links: language -> path. */
function hreflangs(built: BuiltPage): Map<string, string> {
  return new Map(
    built.dom
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((link) => [link.getAttribute('hreflang') ?? '', localPath(link.getAttribute('href') ?? '')]),
  )
}

/**
 * Every fixed piece of English interface text: each string of the English catalogs, and the fixed
 * parts of each phrase (a function's output around its arguments). Text both catalogs share (a
 * number, a name) is not English as such and is left out.
 */
function englishInterfaceText(): string[] {
  const fragments = new Set<string>()
  const spanish = new Set<string>()
  const collect = (value: unknown, into: Set<string>) => {
    if (typeof value === 'string') into.add(value)
    else if (typeof value === 'function') {
      const marker = '\u0000'
      const text: unknown = (value as (...args: string[]) => unknown)(marker, marker, marker)
      if (typeof text === 'string') for (const part of text.split(marker)) into.add(part.trim())
    } else if (value && typeof value === 'object') for (const child of Object.values(value)) collect(child, into)
  }
  collect([componentMessages.en, pageMessages.en], fragments)
  collect([componentMessages.es, pageMessages.es], spanish)
  // Short fragments ("or", "(", "1") say nothing about the language of a page.
  return [...fragments].filter((text) => text.length >= 4 && /[a-z]{3}/i.test(text) && !spanish.has(text))
}

/** What a reader of the page sees and hears, without parts marked as written in another language. */
function spanishText(built: BuiltPage): string {
  const body = built.dom.querySelector('body')
  if (!body) return ''
  const clone = body.clone() as typeof body
  for (const foreign of clone.querySelectorAll('[lang]')) if (foreign.getAttribute('lang') !== 'es') foreign.remove()
  const labels = clone.querySelectorAll('[aria-label]').map((element) => element.getAttribute('aria-label') ?? '')
  return [clone.textContent, ...labels].join('\n').replace(/\s+/g, ' ')
}

describe('the Spanish edition', () => {
  it('has the Spanish home, the program, get help, the three conditions, CBT and DBT, accreditations and privacy', () => {
    const paths = spanishPages().map((built) => built.path)
    for (const expected of [
      '/es/',
      '/es/ayuda/',
      '/es/acreditaciones/',
      '/es/condiciones/',
      '/es/programas/',
      '/es/terapias/',
      '/es/privacidad/',
    ])
      expect(paths).toContain(expected)
    expect(paths.filter((urlPath) => /^\/es\/condiciones\/[^/]+\/$/.test(urlPath))).toHaveLength(3)
    expect(paths.filter((urlPath) => /^\/es\/programas\/[^/]+\/$/.test(urlPath)).length).toBeGreaterThan(0)
    expect(paths.filter((urlPath) => /^\/es\/terapias\/[^/]+\/$/.test(urlPath)).length).toBeGreaterThanOrEqual(2)
  })

  it('marks every Spanish page as Spanish and every other page as English', () => {
    for (const built of pages) {
      const lang = built.dom.querySelector('html')?.getAttribute('lang')
      expect(lang, built.path).toBe(isSpanish(built) ? 'es' : 'en')
    }
  })

  it('links every page with a twin to it both ways, with the English page as x-default', () => {
    const paired = pages.filter((built) => hreflangs(built).size > 0)
    // Every Spanish page but the not-found page, which is no page of its own.
    expect(paired.filter(isSpanish).length).toBe(spanishPages().filter((built) => !built.path.endsWith('/404/')).length)
    for (const built of paired) {
      const links = hreflangs(built)
      expect(links.get(isSpanish(built) ? 'es' : 'en'), `${built.path} lists itself`).toBe(built.path)
      expect(links.get('x-default'), built.path).toBe(links.get(DEFAULT_LANGUAGE))
      for (const [hreflang, twinPath] of links) {
        if (hreflang === 'x-default') continue
        const twin = byPath(twinPath)
        expect(twin, `${built.path} -> ${twinPath}`).toBeDefined()
        if (twin) expect(hreflangs(twin), `${twinPath} links back to ${built.path}`).toEqual(links)
      }
    }
  })

  it('lists both languages of each page in the sitemap', () => {
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8')
    const depression = /<url><loc>[^<]*\/es\/condiciones\/depresion\/<\/loc>(.*?)<\/url>/.exec(sitemap)?.[1] ?? ''
    expect(depression).toContain('hreflang="en" href="https://clinic.example.com/conditions/depression/"')
    expect(depression).toContain('hreflang="es" href="https://clinic.example.com/es/condiciones/depresion/"')
    expect(sitemap).not.toContain('/es/404/')
  })

  it('gives the 988 Lifeline in Spanish (press 2, text AYUDA, chat in Spanish) and 911 on every Spanish page', () => {
    for (const built of spanishPages()) {
      const crisis = built.dom.querySelector('.crisis')
      const text = crisis?.textContent.replace(/\s+/g, ' ') ?? ''
      expect(text, built.path).toMatch(new RegExp(`marque(\\s+el)?\\s+${SPANISH_CRISIS_LINE.callOption}`))
      expect(text, built.path).toContain(SPANISH_CRISIS_LINE.textKeyword)
      expect(crisis?.querySelector(`a[href="tel:${SPANISH_CRISIS_LINE.callNumber}"]`), built.path).toBeTruthy()
      expect(crisis?.querySelector(`a[href^="${SPANISH_CRISIS_LINE.chatUrl}"]`), built.path).toBeTruthy()
      expect(crisis?.querySelector(`a[href="tel:${SPANISH_CRISIS_LINE.emergencyNumber}"]`), built.path).toBeTruthy()
    }
  })

  it('shows the Spanish settings’ words with the English settings’ facts: the form still posts to the clinic’s address', () => {
    const settingsOf = (id: string) => publishedDocuments.find((doc) => doc._id === id) as unknown as SettingsWords
    const english = settingsOf('siteSettings')
    const spanish = settingsOf('siteSettings-es')
    const getHelp = byPath('/es/ayuda/')
    const form = getHelp?.dom.querySelector('form.inquiry')
    const formText = form?.textContent.replace(/\s+/g, ' ') ?? ''

    expect(form?.getAttribute('action')).toBe(english.inquiry.endpoint)
    expect(formText).toContain(spanish.inquiry.consentText)
    expect(formText).not.toContain(english.inquiry.consentText)
    expect(getHelp?.dom.querySelector('.brand__tagline')?.textContent.trim()).toBe(spanish.tagline)
    // The clinic's phone number, a fact, comes from the English settings.
    expect(getHelp?.dom.querySelector(`a[href="tel:+1${english.phone.replace(/\D/g, '')}"]`)).toBeTruthy()
  })

  it('tells every visitor, in English and in Spanish, that language help is free', () => {
    const notices = publishedDocuments.find((doc) => doc._id === 'siteSettings')?.languageAssistance as {
      language: string
      text: string
    }[]
    expect(notices.map((notice) => notice.language)).toEqual(expect.arrayContaining(['en', 'es']))
    for (const built of pages) {
      const footer = built.dom.querySelector('footer')
      for (const notice of notices) {
        const texts = footer
          ?.querySelectorAll(`[lang="${notice.language}"]`)
          .map((element) => element.textContent.replace(/\s+/g, ' '))
        expect(texts, `${built.path}: ${notice.language}`).toContainEqual(
          expect.stringContaining(notice.text.replace(/\s+/g, ' ')),
        )
      }
    }
  })

  it('shows no English interface text on a Spanish page', () => {
    const english = englishInterfaceText()
    expect(english.length).toBeGreaterThan(50)
    for (const built of spanishPages()) {
      const text = spanishText(built)
      const found = english.filter((phrase) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(phrase)}($|[^\\p{L}])`, 'u').test(text))
      expect(found, built.path).toEqual([])
    }
  })

  it('leads the language switch to the same page in the other language, or to its home page at a note', () => {
    for (const built of pages) {
      const switchLink = built.dom.querySelector('header a[hreflang]')
      expect(switchLink, built.path).toBeTruthy()
      const href = switchLink?.getAttribute('href') ?? ''
      const [target = '', fragment] = href.split('#')
      const targetPage = byPath(localPath(target))
      expect(targetPage, `${built.path} -> ${href}`).toBeDefined()
      if (fragment) expect(targetPage?.dom.querySelector(`[id="${fragment}"]`), `${built.path} -> ${href}`).toBeTruthy()
      const twin = hreflangs(built).get(switchLink?.getAttribute('hreflang') ?? '')
      if (twin) expect(localPath(target)).toBe(twin)
    }
  })

  it('says in structured data which language each education page is in', () => {
    const depression = byPath('/es/condiciones/depresion/')
    const data = depression?.dom
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.textContent) as Record<string, unknown>)
    expect(data?.find((item) => item['@type'] === 'MedicalWebPage')?.inLanguage).toBe('es-US')
  })

  it('lists the stale translation of the starter dataset in the build log, and only it', () => {
    const byId = new Map(publishedDocuments.map((doc) => [doc._id, doc]))
    const stale = translationMetadata.flatMap((set) => {
      const members = (set.translations as {language: string; value: {_ref: string}}[]).map((member) => ({
        language: member.language,
        doc: byId.get(member.value._ref),
      }))
      const source = members.find((member) => member.language === DEFAULT_LANGUAGE)?.doc
      return members.flatMap(({doc}) =>
        source &&
        doc &&
        doc !== source &&
        translationIsStale({_updatedAt: String(source._updatedAt)}, {_updatedAt: String(doc._updatedAt)})
          ? [doc._id]
          : [],
      )
    })
    expect(stale).toHaveLength(1)
    const warnings = log.split('\n').filter((line) => line.includes('Translation out of date'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(`"${stale[0]}"`)
  })
})

describe('before the Spanish home page is published', () => {
  it('builds no Spanish page, and no page links to one', async () => {
    const withoutSpanishHome = seedVariant((documents) =>
      documents.filter((doc) => !(doc._type === 'homePage' && doc.language === 'es')),
    )
    const variant = readPages((await buildSite({SITE_URL, SEED_DIR: withoutSpanishHome})).outDir)
    expect(variant.length).toBeGreaterThan(10)
    expect(variant.filter(isSpanish).map((built) => built.path)).toEqual([])
    for (const built of variant) expect(built.html, built.path).not.toMatch(/href="(https:\/\/clinic\.example\.com)?\/es\//)
  }, 300_000)
})
