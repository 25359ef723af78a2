// The query result types come from Sanity TypeGen (`npm run typegen`), from the content model and
// the query text. A committed file that a fresh generation would change is stale: the schema or a
// query changed and the compiler is checking the site against types of the past.
import {readFileSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {generateTypes, TYPES_FILE} from '../scripts/typegen'

let fresh: string
beforeAll(async () => {
  fresh = await generateTypes()
}, 60_000)

describe('the generated content types', () => {
  it('match the schema and the queries as they are now (run `npm run typegen` after changing either)', () => {
    // One assertion on the whole text: the diff vitest prints names every type that moved.
    expect(readFileSync(TYPES_FILE, 'utf8')).toBe(fresh)
  })

  it('type the query of every collection', () => {
    const queries = [...fresh.matchAll(/^export type (\w+)QueryResult = /gm)].map((match) => match[1])
    expect(queries.sort()).toEqual([
      'Accreditations',
      'Conditions',
      'Faqs',
      'Home',
      'Pages',
      'People',
      'Programs',
      'SiteSettings',
      'Therapies',
    ])
  })
})
