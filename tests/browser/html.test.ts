// Validates the HTML of every built page with html-validate (the rules in .htmlvalidate.json; every
// exception there is explained in docs/quality.md).
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {HtmlValidate, type ConfigData} from 'html-validate'
import {beforeAll, describe, expect, it} from 'vitest'
import {ROOT} from '../support/paths'
import {htmlPages, sharedSite} from './sharedSite'

const config = JSON.parse(readFileSync(path.join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData

describe('the HTML of the built site', () => {
  let outDir = ''
  beforeAll(async () => {
    outDir = await sharedSite()
  })

  it('passes html-validate (recommended, a11y and document rules) on every page, the 404 page included', async () => {
    const validator = new HtmlValidate(config)
    const pages = htmlPages(outDir)
    expect(pages.map((page) => page.urlPath)).toContain('/404.html')
    const problems: string[] = []
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(path.join(outDir, page.file), 'utf8'), page.file)
      for (const result of report.results)
        for (const message of result.messages)
          problems.push(
            `${page.urlPath} ${message.line}:${message.column} ${message.ruleId}: ${message.message}` +
              (message.selector ? ` (at ${message.selector})` : ''),
          )
    }
    expect(problems, `html-validate found ${problems.length} problem(s):\n${problems.join('\n')}`).toEqual([])
  })
})
