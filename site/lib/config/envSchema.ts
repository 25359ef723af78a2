// Zod helpers for configuration read from environment variables, shared by the site's build
// configuration, the webhook service and the intake receiver. Scripts run it under Node's type
// stripping, so it imports nothing local and uses only erasable TypeScript.
import {z} from 'zod'

/** An unset variable and an empty one mean the same: use the default. */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional())

/** A configuration problem, as one sentence that names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** The environment checked against `schema`: its values, or the first problem as a ConfigError. */
export function parseEnv<S extends z.ZodType>(schema: S, env: Record<string, string | undefined>): z.output<S> {
  const parsed = schema.safeParse(env)
  if (!parsed.success) throw new ConfigError(firstIssueSentence(parsed.error))
  return parsed.data
}

/** The first problem as one sentence that names the variable (prefixed when the message does not). */
export function firstIssueSentence(error: z.ZodError): string {
  const issue = error.issues[0]
  const variable = String(issue?.path[0] ?? 'environment')
  const message = issue?.message ?? 'is invalid'
  return message.includes(variable) ? message : `${variable}: ${message}`
}

/** An optional whole number within bounds, with messages that name the variable. */
export const wholeNumber = (variable: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  optional(
    z.coerce
      .number({error: `${variable} must be a whole number.`})
      .int(`${variable} must be a whole number.`)
      .min(min, `${variable} must be at least ${min}.`)
      .max(max, `${variable} must be at most ${max}.`),
  )
