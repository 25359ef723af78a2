// The query result types come from Sanity TypeGen (`npm run typegen`), from the content model and
// the query text; the preview's list of prose fields comes from the content model too. A committed
// file that a fresh generation would change is stale: the schema or a query changed and the
// compiler is checking the site against types of the past.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {generateFiles, PROSE_FIELDS_FILE, TYPES_FILE} from '../scripts/typegen'

let fresh: Map<string, string>
beforeAll(async () => {
  fresh = await generateFiles()
}, 60_000)

describe('the generated content types', () => {
  it.each([TYPES_FILE, PROSE_FIELDS_FILE].map((file) => [path.basename(file), file]))(
    '%s matches the schema and the queries as they are now (run `npm run typegen` after changing either)',
    (_name, file) => {
      // One assertion on the whole text: the diff vitest prints names every type that moved.
      expect(readFileSync(file, 'utf8')).toBe(fresh.get(file))
    },
  )

  // But translations: translation.metadata is the plugin's type, which TypeGen cannot see (its type is written out).
  it('type the query of every collection', () => {
    const queries = [...(fresh.get(TYPES_FILE) ?? '').matchAll(/^export type (\w+)QueryResult = /gm)].map((match) => match[1])
    expect(queries.sort()).toEqual([
      'Accreditations',
      'Conditions',
      'Faqs',
      'Home',
      'Pages',
      'People',
      'Programs',
      'SettingsTranslations',
      'SiteSettings',
      'Therapies',
    ])
  })
})
