// Configuration of the rebuild service, read from the environment once and validated, so a wrong
// value stops the service with one sentence that names the variable.
import path from 'node:path'
import {z} from 'zod'
import {firstIssueSentence, optional} from '../../site/lib/envSchema.ts'

/**
 * Default signature age limit. @sanity/webhook checks only the HMAC, never the age of the `t=`
 * timestamp, so the age is ours to enforce. Sanity retries failed deliveries for a limited,
 * plan-dependent time but does not document whether a retry is signed again with a fresh
 * timestamp, so we assume a retry may carry the first attempt's signature. A 5-minute window would
 * then refuse the retries that follow a short outage of this service, which is exactly when retries
 * matter; and a replayed request can do no more than start one more (debounced) rebuild of content
 * that is already published. One hour covers a restart or a short outage. See docs/deploy.md.
 */
export const DEFAULT_TOLERANCE_SECONDS = 3600

export const OUT_DIR_PLACEHOLDER = '{outDir}'

const DEFAULT_REBUILD_COMMAND = `npm run build -- --outDir ${OUT_DIR_PLACEHOLDER}`

const wholeNumber = (variable: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  optional(
    z.coerce
      .number({error: `${variable} must be a whole number.`})
      .int(`${variable} must be a whole number.`)
      .min(min, `${variable} must be at least ${min}.`)
      .max(max, `${variable} must be at most ${max}.`),
  )

const envSchema = z.object({
  SANITY_WEBHOOK_SECRET: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string({
      error:
        'SANITY_WEBHOOK_SECRET is not set: give the service the secret of your Sanity webhook (sanity.io/manage → API → Webhooks) so it can tell real deliveries from forged ones.',
    }),
  ),
  WEBHOOK_TOLERANCE_SECONDS: wholeNumber('WEBHOOK_TOLERANCE_SECONDS', 1),
  PORT: wholeNumber('PORT', 0, 65535),
  HOST: optional(z.string()),
  REBUILD_DEBOUNCE_MS: wholeNumber('REBUILD_DEBOUNCE_MS', 0),
  REBUILD_MAX_WAIT_MS: wholeNumber('REBUILD_MAX_WAIT_MS', 0),
  REBUILD_TIMEOUT_MS: wholeNumber('REBUILD_TIMEOUT_MS', 1000),
  SHUTDOWN_GRACE_MS: wholeNumber('SHUTDOWN_GRACE_MS', 0),
  REBUILD_MODE: optional(z.enum(['command', 'hook'], {error: 'REBUILD_MODE must be "command" or "hook".'})),
  REBUILD_COMMAND: optional(
    z.string().includes(OUT_DIR_PLACEHOLDER, {
      error: `REBUILD_COMMAND must contain ${OUT_DIR_PLACEHOLDER}, the folder each build writes its pages into.`,
    }),
  ),
  BUILD_HOOK_URL: optional(
    z.url({protocol: /^https?$/, error: 'BUILD_HOOK_URL must be an absolute http(s) URL, the build hook of your host.'}),
  ),
  REBUILD_WORK_DIR: optional(z.string()),
  LIVE_DIR: optional(z.string()),
  SMOKE_MIN_PAGES: wholeNumber('SMOKE_MIN_PAGES', 0),
  DEPLOY_COMMAND: optional(z.string()),
})

/** Builds run here: REBUILD_COMMAND writes a fresh folder, which goes live by a symlink switch. */
export interface CommandRebuildConfig {
  mode: 'command'
  command: string
  workDir: string
  liveDir: string
  smokeMinPages: number
  timeoutMs: number
  deployCommand?: string
}

/** Builds run at the host: the service calls its build hook once per coalesced burst. */
export interface HookRebuildConfig {
  mode: 'hook'
  hookUrl: string
  timeoutMs: number
}

export interface WebhookConfig {
  secret: string
  toleranceMs: number
  host: string
  port: number
  debounceMs: number
  maxWaitMs: number
  shutdownGraceMs: number
  rebuild: CommandRebuildConfig | HookRebuildConfig
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Parses the environment into the service's configuration; throws a ConfigError naming the variable. */
export function parseWebhookConfig(env: Record<string, string | undefined>, cwd = process.cwd()): WebhookConfig {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    throw new ConfigError(firstIssueSentence(parsed.error))
  }
  const vars = parsed.data
  const timeoutMs = vars.REBUILD_TIMEOUT_MS ?? 15 * 60_000
  const mode = vars.REBUILD_MODE ?? (vars.BUILD_HOOK_URL ? 'hook' : 'command')
  let rebuild: WebhookConfig['rebuild']
  if (mode === 'hook') {
    if (!vars.BUILD_HOOK_URL) throw new ConfigError('BUILD_HOOK_URL is required when REBUILD_MODE is "hook".')
    rebuild = {mode, hookUrl: vars.BUILD_HOOK_URL, timeoutMs}
  } else {
    const workDir = path.resolve(cwd, vars.REBUILD_WORK_DIR ?? '.rebuild')
    rebuild = {
      mode,
      command: vars.REBUILD_COMMAND ?? DEFAULT_REBUILD_COMMAND,
      workDir,
      liveDir: vars.LIVE_DIR ? path.resolve(cwd, vars.LIVE_DIR) : path.join(workDir, 'live'),
      smokeMinPages: vars.SMOKE_MIN_PAGES ?? 5,
      timeoutMs,
      deployCommand: vars.DEPLOY_COMMAND,
    }
  }
  return {
    secret: vars.SANITY_WEBHOOK_SECRET,
    toleranceMs: (vars.WEBHOOK_TOLERANCE_SECONDS ?? DEFAULT_TOLERANCE_SECONDS) * 1000,
    host: vars.HOST ?? '0.0.0.0',
    port: vars.PORT ?? 8787,
    debounceMs: vars.REBUILD_DEBOUNCE_MS ?? 3000,
    maxWaitMs: vars.REBUILD_MAX_WAIT_MS ?? 30_000,
    shutdownGraceMs: vars.SHUTDOWN_GRACE_MS ?? 20_000,
    rebuild,
  }
}
