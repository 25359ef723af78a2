// Where the local Content Lake runs and keeps its data, from the environment, validated once.
import path from 'node:path'
import {z} from 'zod'
import {firstIssueSentence, optional} from '../../site/lib/config/envSchema.ts'
import {DEFAULT_LAKE_PORT, DEFAULT_STUDIO_PORT} from './address.ts'
import {REBUILD_WEBHOOK_FILTER, REBUILD_WEBHOOK_PROJECTION} from '../webhook/rebuildWebhook.ts'
import type {WebhookConfig} from './webhooks.ts'

const envSchema = z.object({
  LAKE_PORT: optional(z.coerce.number({error: 'LAKE_PORT must be a port number.'}).int().min(0).max(65535)),
  LAKE_HOST: optional(z.string()),
  LAKE_DATA_DIR: optional(z.string().min(1)),
  SEED_DIR: optional(z.string().min(1)),
  SANITY_DATASET: optional(
    z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'SANITY_DATASET must be lowercase letters, digits, "_" or "-".'),
  ),
  LAKE_STUDIO_ORIGINS: optional(z.string()),
  LAKE_WEBHOOK_URL: optional(z.url({protocol: /^https?$/, error: 'LAKE_WEBHOOK_URL must be an absolute http(s) URL.'})),
  LAKE_WEBHOOK_SECRET: optional(z.string().min(1)),
  LAKE_WEBHOOK_FILTER: optional(z.string()),
  LAKE_WEBHOOK_PROJECTION: optional(z.string()),
  LAKE_TRACE: optional(z.string()),
})

export class LakeSettingsError extends Error {
  override name = 'LakeSettingsError'
}

export function lakeSettings(env: Record<string, string | undefined>) {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) throw new LakeSettingsError(firstIssueSentence(parsed.error))
  const vars = parsed.data
  const webhooks: WebhookConfig[] = vars.LAKE_WEBHOOK_URL
    ? [
        {
          name: 'local-rebuild',
          url: vars.LAKE_WEBHOOK_URL,
          secret: vars.LAKE_WEBHOOK_SECRET,
          filter: vars.LAKE_WEBHOOK_FILTER ?? REBUILD_WEBHOOK_FILTER,
          projection: vars.LAKE_WEBHOOK_PROJECTION ?? REBUILD_WEBHOOK_PROJECTION,
        },
      ]
    : []
  return {
    port: vars.LAKE_PORT ?? DEFAULT_LAKE_PORT,
    host: vars.LAKE_HOST ?? '127.0.0.1',
    dataDir: path.resolve(vars.LAKE_DATA_DIR ?? '.lake'),
    seedDir: path.resolve(vars.SEED_DIR ?? 'studio/seed'),
    dataset: vars.SANITY_DATASET ?? 'production',
    allowedOrigins: (
      vars.LAKE_STUDIO_ORIGINS ?? `http://localhost:${DEFAULT_STUDIO_PORT},http://127.0.0.1:${DEFAULT_STUDIO_PORT}`
    )
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    webhooks,
    /** Log every request's method, path and status (never bodies). */
    trace: Boolean(vars.LAKE_TRACE && vars.LAKE_TRACE !== '0'),
  }
}
