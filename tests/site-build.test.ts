// Builds the whole site from the starter dataset once and checks what a visitor needs on it.
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {gzipSync} from 'node:zlib'
import {beforeAll, describe, expect, it} from 'vitest'
import {accreditations} from '../site/lib/content/collections/accreditations'
import {conditions} from '../site/lib/content/collections/conditions'
import {siteSettings} from '../site/lib/content/collections/siteSettings'
import {INQUIRY_RESULT_PATHS, isInquiryResultPath} from '../site/lib/pages/inquiryForm'
import {therapies} from '../site/lib/content/collections/therapies'
import {telHref} from '../site/lib/pages/routes'
import {SAMPLE_BUILD_WARNING} from '../site/lib/build/sampleContentIntegration'
import {reviewLabel} from '../schemas/lib/reviewLabel'
import {DEFAULT_LANGUAGE} from '../schemas/lib/languages'
import {SPANISH_CRISIS_LINE} from '../schemas/lib/crisisLine'
import {buildSite, languageOfPage, listFiles, readPages, type BuiltPage} from './support/build'
import {loadCollection} from './support/collections'
import {contentDocuments} from './support/seed'
import {seedVariant, withDocument} from './support/seedVariant'
import type {LakeDocument as SeedDocument} from '../scripts/lake/types.ts'

const SITE_URL = 'https://clinic.example.com'
let outDir = ''
let variantOutDir = ''
let pages: BuiltPage[] = []
let variantPages: BuiltPage[] = []
let buildLogs = {main: '', variant: ''}

const [settings] = await loadCollection(siteSettings)
// The English edition; tests/spanish-site.test.ts checks the Spanish one.
const conditionDocs = (await loadCollection(conditions)).filter((doc) => doc.language === DEFAULT_LANGUAGE)
const therapyDocs = (await loadCollection(therapies)).filter((doc) => doc.language === DEFAULT_LANGUAGE)
const today = new Date().toISOString().slice(0, 10)

const page = (urlPath: string) => {
  const found = pages.find((candidate) => candidate.path === urlPath)
  if (!found) throw new Error(`no page at ${urlPath}; built: ${pages.map((candidate) => candidate.path).join(', ')}`)
  return found
}
const jsonLd = (built: BuiltPage) =>
  built.dom
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as Record<string, unknown>)
/** Copies of a current accreditation, enough for the footer to show only some of them. */
const EXTRA_ACCREDITATIONS = 5
function extraAccreditations(documents: SeedDocument[]): SeedDocument[] {
  const template = documents.find((doc) => doc._id === 'accreditation-cocq')
  if (!template) throw new Error('the starter dataset has no accreditation-cocq')
  return Array.from({length: EXTRA_ACCREDITATIONS}, (_, index) => ({
    ...template,
    _id: `accreditation-extra-${index}`,
    name: `Extra Program License ${index + 1}`,
    verificationUrl: `https://example.org/verify/extra-${index + 1}`,
    order: 100 + index,
  }))
}
const isNotFoundPage = (urlPath: string) => urlPath.endsWith('/404/')
const contentPages = () => pages.filter((built) => !isNotFoundPage(built.path))

beforeAll(async () => {
  // One variant build for three cases: no form endpoint, more accreditations than the footer shows,
  // and the sample-content switch off (the starter dataset has it on).
  const variantSeed = seedVariant((documents) =>
    withDocument('siteSettings', (doc) => ({
      ...doc,
      sampleContent: false,
      inquiry: {...(doc.inquiry as object), endpoint: undefined},
    }))([...documents, ...extraAccreditations(documents)]),
  )
  const [main, variant] = await Promise.all([buildSite({SITE_URL}), buildSite({SITE_URL, SEED_DIR: variantSeed})])
  outDir = main.outDir
  variantOutDir = variant.outDir
  pages = readPages(outDir)
  variantPages = readPages(variant.outDir)
  buildLogs = {main: main.log, variant: variant.log}
}, 300_000)

describe('the site built from the starter dataset', () => {
  it('has a page for every condition and therapy, the program, and the fixed routes', () => {
    const paths = pages.map((built) => built.path)
    for (const doc of conditionDocs) expect(paths).toContain(`/conditions/${doc.slug}/`)
    for (const doc of therapyDocs) expect(paths).toContain(`/therapies/${doc.slug}/`)
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/programs/intensive-outpatient-program/',
        '/conditions/',
        '/therapies/',
        '/accreditations/',
        '/get-help/',
        INQUIRY_RESULT_PATHS.en.sent,
        INQUIRY_RESULT_PATHS.en.notSent,
        '/404/',
      ]),
    )
    expect(existsSync(path.join(outDir, 'robots.txt'))).toBe(true)
  })

  it('writes the security headers file for static hosts, with the form endpoint allowed', () => {
    const headers = readFileSync(path.join(outDir, '_headers'), 'utf8')
    expect(headers).toMatch(/Content-Security-Policy: .*script-src 'none'/)
    expect(headers).toContain(`form-action 'self' ${new URL(settings?.inquiry.endpoint ?? 'https://missing.invalid').origin}`)
    expect(listFiles(outDir).filter((file) => file.includes('vercel'))).toEqual([])
  })

  it('puts the phone number, the crisis line and one h1 on every page', () => {
    expect(settings).toBeDefined()
    const phone = telHref(settings?.phone ?? '')
    for (const built of pages) {
      const hrefs = built.dom.querySelectorAll('a').map((link) => link.getAttribute('href'))
      expect(hrefs, built.path).toContain(phone)
      expect(hrefs, built.path).toEqual(expect.arrayContaining(['tel:988', 'sms:988', 'tel:911']))
      // The Lifeline's chat in the page's language.
      const language = languageOfPage(built.path)
      const chat = language === DEFAULT_LANGUAGE ? 'https://988lifeline.org' : SPANISH_CRISIS_LINE.chatUrl
      expect(
        hrefs.some((href) => href?.startsWith(chat)),
        built.path,
      ).toBe(true)
      expect(built.dom.querySelectorAll('h1'), built.path).toHaveLength(1)
      expect(built.dom.querySelector('html')?.getAttribute('lang'), built.path).toBe(language)
      expect(built.dom.querySelector('a')?.getAttribute('href'), `${built.path}: the skip link comes first`).toBe('#main')
    }
  })

  it('gives every page a title, a description and an absolute canonical URL', () => {
    for (const built of contentPages()) {
      expect(built.dom.querySelector('title')?.textContent.trim(), built.path).toBeTruthy()
      expect(built.dom.querySelector('meta[name="description"]')?.getAttribute('content')?.length, built.path).toBeGreaterThan(20)
      expect(built.dom.querySelector('link[rel="canonical"]')?.getAttribute('href'), built.path).toBe(`${SITE_URL}${built.path}`)
      // Link previews need a raster image from the site itself; social networks ignore SVG.
      expect(built.dom.querySelector('meta[property="og:image"]')?.getAttribute('content'), built.path).toMatch(
        /^https:\/\/clinic\.example\.com\/media\/[^/]+\.(png|jpe?g)$/,
      )
    }
  })

  it('ships no JavaScript: the only scripts are JSON-LD', () => {
    for (const built of pages) {
      const scripts = built.dom.querySelectorAll('script')
      expect(
        scripts.filter((script) => script.getAttribute('type') !== 'application/ld+json'),
        built.path,
      ).toEqual([])
    }
    expect(listFiles(outDir).filter((file) => file.endsWith('.js'))).toEqual([])
  })

  it('renders each body from its own file, keeping bodies out of the content store', () => {
    const [condition] = conditionDocs
    if (!condition) throw new Error('the starter dataset has no condition')
    const paragraph = condition.body.find((block) => block._type === 'block' && block.style === 'normal') as
      {children: {text: string}[]} | undefined
    const sentence = paragraph?.children.map((child) => child.text).join('') ?? ''
    expect(sentence.length).toBeGreaterThan(40)
    expect(page(`/conditions/${condition.slug}/`).dom.querySelector('.rich-text')?.textContent).toContain(sentence)
    const store = readFileSync(path.join(path.dirname(outDir), 'cache', 'data-store.json'), 'utf8')
    expect(store).toContain(condition.title)
    expect(store).not.toContain(sentence)
  })

  it('keeps each page light: at most 20 KB gzip with its CSS, none of it from the preview overlay library', () => {
    for (const built of pages) {
      expect(gzipSync(built.html).length, built.path).toBeLessThanOrEqual(20 * 1024)
      const css = built.dom
        .querySelectorAll('style')
        .map((style) => style.textContent)
        .join('')
      // The overlay library (preview only) styles its UI with Sanity UI's atomic classes.
      expect(css, built.path).not.toMatch(/\.u-[A-Za-z]{5,}\{/)
    }
  })

  it('loads nothing from other origins', () => {
    for (const built of pages) {
      const resources = [
        ...built.dom
          .querySelectorAll('img, source, script[src], iframe')
          .map((element) => element.getAttribute('src') ?? element.getAttribute('srcset') ?? ''),
        ...built.dom
          .querySelectorAll('link')
          // Addresses of this page and its translations, not files to load.
          .filter((link) => !['canonical', 'alternate'].includes(link.getAttribute('rel') ?? ''))
          .map((link) => link.getAttribute('href') ?? ''),
      ]
      expect(
        resources.filter((url) => /^(https?:)?\/\//.test(url)),
        built.path,
      ).toEqual([])
    }
  })

  it('gives every image alt text, a size, and a file on the site', () => {
    for (const built of pages) {
      for (const image of built.dom.querySelectorAll('img')) {
        expect(image.hasAttribute('alt'), `${built.path} ${image.toString()}`).toBe(true)
        expect(Number(image.getAttribute('width')), built.path).toBeGreaterThan(0)
        expect(Number(image.getAttribute('height')), built.path).toBeGreaterThan(0)
        expect(
          existsSync(path.join(outDir, image.getAttribute('src') ?? 'missing')),
          `${built.path} ${image.getAttribute('src')}`,
        ).toBe(true)
      }
    }
  })

  it('emits JSON-LD that parses: the clinic everywhere, reviewed medical pages, FAQs and breadcrumbs', () => {
    for (const built of contentPages()) {
      const types = jsonLd(built).map((item) => item['@type'])
      expect(types, built.path).toContain('MedicalClinic')
      // Pages below a section of their language's home: /conditions/x/, /es/condiciones/x/.
      const depth = built.path.split('/').filter(Boolean).length - (languageOfPage(built.path) === DEFAULT_LANGUAGE ? 0 : 1)
      if (depth >= 2) expect(types, built.path).toContain('BreadcrumbList')
      if (built.dom.querySelectorAll('details.faq, .faq details, [data-faq]').length > 0 || /FAQPage/.test(built.html))
        expect(types, built.path).toContain('FAQPage')
    }
    for (const urlPath of [
      '/conditions/depression/',
      '/therapies/dialectical-behavior-therapy/',
      '/programs/intensive-outpatient-program/',
    ]) {
      const medical = jsonLd(page(urlPath)).find((item) => item['@type'] === 'MedicalWebPage')
      expect(medical, urlPath).toMatchObject({
        reviewedBy: {'@type': 'Person'},
        lastReviewed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      })
      expect(medical?.about, urlPath).toBeDefined()
    }
    expect(jsonLd(page('/programs/intensive-outpatient-program/')).map((item) => item['@type'])).toContain('FAQPage')
  })

  it('shows who reviewed each education page, and when', () => {
    for (const doc of [...conditionDocs, ...therapyDocs]) {
      const built = page(`/${doc._type === 'condition' ? 'conditions' : 'therapies'}/${doc.slug}/`)
      const {reviewer, lastReviewed} = doc.medicalReview
      expect(built.dom.textContent.replace(/\s+/g, ' '), built.path).toContain(
        `${reviewLabel(reviewer.reviewCredential)} by ${reviewer.name}, ${reviewer.credentials}, on`,
      )
      expect(built.dom.querySelector(`time[datetime="${lastReviewed}"]`), built.path).not.toBeNull()
    }
  })

  it('calls a psychiatrist’s review medical and a social worker’s clinical, keeping reviewedBy in the JSON-LD', () => {
    const text = (urlPath: string) => page(urlPath).dom.querySelector('main')?.textContent.replace(/\s+/g, ' ') ?? ''
    expect(text('/conditions/co-occurring-conditions/')).toMatch(/Medically reviewed by [^,]+, MD, on/)
    for (const urlPath of ['/therapies/group-therapy/', '/therapies/family-therapy/', '/get-help/']) {
      expect(text(urlPath), urlPath).toMatch(/Clinically reviewed by [^,]+, LCSW, on/)
      expect(text(urlPath), urlPath).not.toContain('Medically reviewed')
      const medical = jsonLd(page(urlPath)).find((item) => item['@type'] === 'MedicalWebPage')
      expect(medical?.reviewedBy, urlPath).toMatchObject({'@type': 'Person', honorificSuffix: 'LCSW'})
    }
  })

  it('links every therapy page back to the conditions that list the therapy', () => {
    for (const condition of conditionDocs) {
      for (const therapy of condition.therapies) {
        const links = page(`/therapies/${therapy.slug}/`)
          .dom.querySelectorAll('a')
          .map((link) => link.getAttribute('href'))
        expect(links, therapy.slug).toContain(`/conditions/${condition.slug}/`)
      }
    }
  })

  it('shows the four DBT skill areas on the DBT page', () => {
    const text = page('/therapies/dialectical-behavior-therapy/').dom.textContent
    for (const skill of ['Mindfulness', 'Distress tolerance', 'Emotion regulation', 'Interpersonal effectiveness'])
      expect(text).toContain(skill)
  })

  it("lists every page in the sitemap but the inquiry form's result pages, which ask search engines to skip them", () => {
    const sitemaps = listFiles(outDir).filter((file) => /^sitemap-\d+\.xml$/.test(file))
    const listed = sitemaps.flatMap((file) =>
      [...readFileSync(path.join(outDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]),
    )
    for (const built of contentPages()) {
      if (!isInquiryResultPath(built.path)) {
        expect(listed, built.path).toContain(`${SITE_URL}${built.path}`)
        continue
      }
      expect(listed, built.path).not.toContain(`${SITE_URL}${built.path}`)
      expect(built.dom.querySelector('meta[name="robots"]')?.getAttribute('content'), built.path).toBe('noindex')
    }
  })

  it('while the content is a sample: a notice and noindex on every page, robots.txt closed, a warning from the build', () => {
    for (const built of pages) {
      const notice = built.dom.querySelector('aside.sample-notice')
      const [fictional, realLines] =
        languageOfPage(built.path) === DEFAULT_LANGUAGE
          ? [/Sample website\. Harborlight Behavioral Health is a fictional clinic\./, 'The crisis lines 988 and 911 are real.']
          : [
              /Sitio web de muestra\. Harborlight Behavioral Health es una clínica ficticia\./,
              'Las líneas de crisis 988 y 911 son reales.',
            ]
      expect(notice?.textContent, built.path).toMatch(fictional)
      expect(notice?.textContent, built.path).toContain(realLines)
      expect(built.dom.querySelector('meta[name="robots"]')?.getAttribute('content'), built.path).toBe('noindex')
    }
    expect(readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toMatch(
      /^# Sample content: .*\nUser-agent: \*\nDisallow: \/\n$/,
    )
    expect(buildLogs.main).toContain(SAMPLE_BUILD_WARNING)
  })

  it('once the sample switch is off: no notice, no noindex, robots.txt open with the sitemap, no warning', () => {
    expect(variantPages.length).toBeGreaterThan(10)
    for (const built of variantPages) {
      expect(built.dom.querySelector('aside.sample-notice'), built.path).toBeNull()
      // The 404 page and the form's result pages are never indexed, sample or not.
      if (!isNotFoundPage(built.path) && !isInquiryResultPath(built.path))
        expect(built.dom.querySelector('meta[name="robots"]'), built.path).toBeNull()
    }
    const robots = readFileSync(path.join(variantOutDir, 'robots.txt'), 'utf8')
    expect(robots).toContain('Allow: /')
    expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap-index.xml`)
    expect(buildLogs.variant).not.toContain('SAMPLE CONTENT')
  })

  it('says each fact once on the get-help page: one set of crisis lines, one contact card, insurance once plus the footer', () => {
    const getHelp = page('/get-help/').dom
    const main = getHelp.querySelector('main')
    const hrefs = main?.querySelectorAll('a').map((link) => link.getAttribute('href')) ?? []
    for (const crisisHref of ['tel:988', 'sms:988', 'tel:911', settings?.crisis.chatUrl])
      expect(
        hrefs.filter((href) => href === crisisHref),
        String(crisisHref),
      ).toHaveLength(1)
    expect(hrefs.filter((href) => href === `mailto:${settings?.email}`)).toHaveLength(1)
    const statement = settings?.insuranceStatement ?? 'missing'
    expect(main?.textContent.split(statement)).toHaveLength(2)
    expect(getHelp.querySelector('footer')?.textContent.split(statement)).toHaveLength(2)
    // The crisis card says it once: the page's own text adds no crisis callout of its own.
    expect(main?.querySelectorAll('.rich-text .callout')).toHaveLength(0)
    // The warning signs for family and friends follow the crisis card directly.
    const order = main?.querySelectorAll('#crisis-help, h2').map((element) => element.id) ?? []
    expect(order.indexOf('worried-about-someone')).toBe(order.indexOf('crisis-help') + 2)
  })

  it('links footer badges to their verification pages and never shows an expired accreditation or a draft', async () => {
    const shown = await loadCollection(accreditations)
    const expired = shown.filter((doc) => doc.validUntil !== undefined && doc.validUntil < today)
    const current = shown.filter((doc) => !expired.includes(doc))
    expect(expired.length).toBeGreaterThan(0)
    const home = page('/')
    const footerLinks = home.dom.querySelectorAll('footer a').map((link) => link.getAttribute('href'))
    for (const doc of current) expect(footerLinks).toContain(doc.verificationUrl)
    const draftTitles = contentDocuments.filter((doc) => doc._id.startsWith('drafts.')).map((doc) => String(doc.title))
    for (const file of listFiles(outDir).filter((name) => /\.(html|xml|txt)$/.test(name))) {
      const text = readFileSync(path.join(outDir, file), 'utf8')
      for (const doc of expired) {
        expect(text, file).not.toContain(doc.name)
        expect(text, file).not.toContain(doc.verificationUrl)
      }
      for (const title of draftTitles) expect(text, file).not.toContain(title)
    }
  })

  it('shows six badges in the footer when there are more, and links to the page that lists them all', async () => {
    const shown = (await loadCollection(accreditations)).filter((doc) => !doc.validUntil || doc.validUntil >= today)
    const total = shown.length + EXTRA_ACCREDITATIONS
    expect(total).toBeGreaterThan(6)
    const variantPage = (urlPath: string) => variantPages.find((built) => built.path === urlPath)
    const footer = variantPage('/')?.dom.querySelector('footer')
    expect(footer?.querySelectorAll('.badge')).toHaveLength(6)
    const more = footer?.querySelectorAll('a').find((link) => link.getAttribute('href') === '/accreditations/')
    expect(more?.textContent).toContain(`See all ${total} accreditations`)
    const listed = variantPage('/accreditations/')?.dom.querySelector('main')?.textContent ?? ''
    for (let index = 1; index <= EXTRA_ACCREDITATIONS; index++) expect(listed).toContain(`Extra Program License ${index}`)
    expect(page('/').dom.querySelector('footer')?.textContent).not.toContain('See all')
  })

  it('offers an inquiry form that works without JavaScript, only when an endpoint is configured', () => {
    const form = page('/get-help/').dom.querySelector('form')
    expect(form?.getAttribute('method')).toBe('post')
    expect(form?.getAttribute('action')).toBe(settings?.inquiry.endpoint)
    expect(form?.querySelector('input[tabindex="-1"]'), 'honeypot field').not.toBeNull()
    const getHelpWithout = variantPages.find((built) => built.path === '/get-help/')
    expect(getHelpWithout?.dom.querySelector('form')).toBeNull()
    expect(getHelpWithout?.dom.querySelectorAll('a').map((link) => link.getAttribute('href'))).toContain(
      `mailto:${settings?.email}`,
    )
  })
})
