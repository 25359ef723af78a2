import {describe, expect, it} from 'vitest'
import {z} from 'zod'
import {firstIssueSentence, optional} from '../site/lib/config/envSchema'

const schema = z.object({
  PORT: optional(z.coerce.number().int('PORT must be a whole number.')),
  HOST: optional(z.string().min(3)),
})

function problemWith(env: Record<string, string>): string {
  const parsed = schema.safeParse(env)
  if (parsed.success) throw new Error('expected the environment to be refused')
  return firstIssueSentence(parsed.error)
}

describe('environment variables read with zod', () => {
  it('treats an empty variable as unset', () => {
    expect(schema.parse({PORT: '', HOST: ''})).toEqual({PORT: undefined, HOST: undefined})
  })

  it('reports the first problem in the words of its message when that names the variable', () => {
    expect(problemWith({PORT: '1.5', HOST: 'x'})).toBe('PORT must be a whole number.')
  })

  it('names the variable in front of a message that does not', () => {
    expect(problemWith({HOST: 'x'})).toMatch(/^HOST: /)
  })
})
