// Configuration of the rebuild service, read from the environment once and validated, so a wrong
// value stops the service with one sentence that names the variable.
import path from 'node:path'
import {z} from 'zod'
import {ConfigError, optional, parseEnv, wholeNumber} from '../../site/lib/config/envSchema.ts'

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

/**
 * Limits on what a client without the secret can make the service hold: connections beyond the cap
 * are answered 503, and a request (headers and body) must arrive within the timeout. A delivery is a
 * few hundred bytes, sent at once; together with the 1 MiB body limit, the cap bounds the memory
 * that slow bodies can take (about 1.1 MB each, see docs/deploy.md).
 */
export const DEFAULT_MAX_CONNECTIONS = 64
export const DEFAULT_REQUEST_TIMEOUT_MS = 5000

const DEFAULT_REBUILD_COMMAND = `npm run build -- --outDir ${OUT_DIR_PLACEHOLDER}`

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
  WEBHOOK_MAX_CONNECTIONS: wholeNumber('WEBHOOK_MAX_CONNECTIONS', 1),
  WEBHOOK_READ_TIMEOUT_MS: wholeNumber('WEBHOOK_READ_TIMEOUT_MS', 100),
  WEBHOOK_STATUS: optional(z.enum(['on', 'off'], {error: 'WEBHOOK_STATUS must be "on" or "off".'})),
  WEBHOOK_STATUS_TOKEN: optional(z.string().min(16, 'WEBHOOK_STATUS_TOKEN must be at least 16 characters long.')),
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

/** Who may read /status (document ids, build output): anyone who reaches the service, nobody, or a token's holders. */
export type StatusAccess = {kind: 'open'} | {kind: 'off'} | {kind: 'token'; token: string}

export interface WebhookConfig {
  secret: string
  toleranceMs: number
  host: string
  port: number
  /** Open connections beyond this many are answered 503. */
  maxConnections: number
  /** How long a client may take to send a whole request, headers and body. */
  requestTimeoutMs: number
  statusAccess: StatusAccess
  debounceMs: number
  maxWaitMs: number
  shutdownGraceMs: number
  rebuild: CommandRebuildConfig | HookRebuildConfig
}

function statusAccess(setting: 'on' | 'off' | undefined, token: string | undefined): StatusAccess {
  if (setting === 'off') {
    if (token) throw new ConfigError('WEBHOOK_STATUS_TOKEN has no use while WEBHOOK_STATUS is "off": remove one of the two.')
    return {kind: 'off'}
  }
  return token ? {kind: 'token', token} : {kind: 'open'}
}

/** Parses the environment into the service's configuration; throws a ConfigError naming the variable. */
export function parseWebhookConfig(env: Record<string, string | undefined>, cwd = process.cwd()): WebhookConfig {
  const vars = parseEnv(envSchema, env)
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
    // Loopback unless told otherwise: /status and the service itself stay off the network.
    host: vars.HOST ?? '127.0.0.1',
    port: vars.PORT ?? 8787,
    maxConnections: vars.WEBHOOK_MAX_CONNECTIONS ?? DEFAULT_MAX_CONNECTIONS,
    requestTimeoutMs: vars.WEBHOOK_READ_TIMEOUT_MS ?? DEFAULT_REQUEST_TIMEOUT_MS,
    statusAccess: statusAccess(vars.WEBHOOK_STATUS, vars.WEBHOOK_STATUS_TOKEN),
    debounceMs: vars.REBUILD_DEBOUNCE_MS ?? 3000,
    maxWaitMs: vars.REBUILD_MAX_WAIT_MS ?? 30_000,
    shutdownGraceMs: vars.SHUTDOWN_GRACE_MS ?? 20_000,
    rebuild,
  }
}
