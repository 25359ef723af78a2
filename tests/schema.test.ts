import {execFile} from 'node:child_process'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {OFFLINE_ENV, SANITY_BIN, STUDIO_DIR} from './support/paths'

const run = promisify(execFile)

interface SchemaProblem {
  path: {name?: string}[]
  problems: {severity: 'error' | 'warning'; message: string}[]
}

describe('the content model', () => {
  it('passes `sanity schema validate` with no errors and no warnings', {timeout: 120_000}, async () => {
    const {stdout} = await run(SANITY_BIN, ['schema', 'validate', '--format', 'json', '--level', 'warning'], {
      cwd: STUDIO_DIR,
      env: OFFLINE_ENV,
      maxBuffer: 16 * 1024 * 1024,
    })
    const groups = JSON.parse(stdout.slice(stdout.indexOf('['))) as SchemaProblem[]
    const problems = groups.flatMap((group) =>
      group.problems.map(
        (problem) => `${problem.severity}: ${group.path.map((segment) => segment.name).join('.')}: ${problem.message}`,
      ),
    )
    expect(problems).toEqual([])
  })
})
