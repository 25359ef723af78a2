import {execFile} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {formatReadingReport, readingRows} from '../scripts/content/readingReport'
import {OFFLINE_ENV, ROOT} from './support/paths'
import {publishedDocuments} from './support/seed'

const run = promisify(execFile)
const documents = publishedDocuments.filter((doc) => !doc._type.startsWith('sanity.'))

describe('the content report', () => {
  it('prints each published document once with its grade, limit, words per sentence and longest sentence', () => {
    const report = formatReadingReport(readingRows(documents), 'the starter dataset')
    const lines = report.split('\n')
    for (const doc of documents)
      expect(
        lines.filter((line) => line.startsWith(`${doc._id} `)),
        doc._id,
      ).toHaveLength(1)
    const faqLine = lines.find((line) => line.startsWith('faq-insurance '))
    expect(faqLine).toMatch(/^faq-insurance\s+faq\s+en\s+\d+\.\d\s+≤ 7\s+\d+\.\d\s+\d+ words: "/)
    const spanishFaq = lines.find((line) => line.startsWith('faq-insurance-es '))
    expect(spanishFaq).toMatch(
      /^faq-insurance-es\s+faq\s+es\s+\d+\.\d (normal|bastante fácil|muy fácil)\s+≥ 55\s+\d+\.\d\s+\d+ words: "/,
    )
    expect(report).toContain('es: Szigriszt-Pazos on the INFLESZ scale; education pages "normal" (55) or easier')
    expect(report).toContain('Every measured document is within its limit.')
  })

  it('marks a document above its limit and names it in the summary', () => {
    const hard = {
      _id: 'faq-hard',
      _type: 'faq',
      answer: [
        {
          _type: 'block',
          _key: 'a',
          children: [
            {_type: 'span', text: 'Reimbursement determinations necessitate comprehensive documentation of medical necessity.'},
          ],
        },
      ],
    }
    const report = formatReadingReport(readingRows([hard]), 'a test')
    expect(report).toMatch(/^faq-hard\s+faq\s+en\s+\d+\.\d !\s+≤ 7\s/m)
    expect(report).toContain('1 document(s) above the limit (marked !): faq-hard.')
  })

  it('measures a Spanish document on the Spanish scale, where a low score is the hard one', () => {
    const hard = {
      _id: 'faq-hard-es',
      _type: 'faq',
      language: 'es',
      answer: [
        {
          _type: 'block',
          _key: 'a',
          children: [
            {
              _type: 'span',
              text: 'Las determinaciones de reembolso requieren documentación exhaustiva de la necesidad médica correspondiente.',
            },
          ],
        },
      ],
    }
    const report = formatReadingReport(readingRows([hard]), 'a test')
    expect(report).toMatch(/^faq-hard-es\s+faq\s+es\s+-?\d+\.\d muy difícil !\s+≥ 55\s/m)
    expect(report).toContain('1 document(s) above the limit (marked !): faq-hard-es.')
  })

  it('runs as `npm run content:report`, reading the starter dataset through the site’s content source', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {scripts: Record<string, string>}
    const [command, ...args] = (pkg.scripts['content:report'] ?? '').split(' ')
    expect(command).toBe('node')
    const {stdout} = await run(process.execPath, args, {
      cwd: ROOT,
      env: {...OFFLINE_ENV, SANITY_PROJECT_ID: '', CONTENT_SOURCE: ''},
    })
    expect(stdout).toContain(`of ${documents.length} published documents from the local Content Lake in memory (studio/seed)`)
    for (const doc of documents) expect(stdout).toMatch(new RegExp(`^${doc._id}\\s`, 'm'))
    expect(stdout).not.toMatch(/^drafts\./m)
  })
})
