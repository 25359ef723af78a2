// Build configuration, read from the environment once and validated, so a wrong value fails early
// with one sentence that names the variable.
import path from 'node:path'
import {z} from 'zod'
import {ConfigError, optional, parseEnv} from './envSchema'
import {isLocalHost} from './localHost'

/** The Content Lake API version the site's queries are written for. */
export const DEFAULT_API_VERSION = '2025-02-19'

const envSchema = z.object({
  SITE_URL: optional(
    z.url({protocol: /^https?$/, error: 'SITE_URL must be an absolute http(s) URL such as https://www.example.com.'}),
  ),
  CONTENT_SOURCE: optional(z.enum(['local', 'sanity'], {error: 'CONTENT_SOURCE must be "local" or "sanity".'})),
  SANITY_PROJECT_ID: optional(
    z.string().regex(/^[a-z0-9-]+$/, 'SANITY_PROJECT_ID must contain only lowercase letters, digits and dashes.'),
  ),
  SANITY_DATASET: optional(
    z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'SANITY_DATASET must be lowercase letters, digits, "_" or "-".'),
  ),
  SANITY_API_VERSION: optional(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'SANITY_API_VERSION must be a date like 2025-02-19.')),
  SANITY_API_HOST: optional(z.url({error: 'SANITY_API_HOST must be an absolute URL such as http://127.0.0.1:3333.'})),
  SANITY_READ_TOKEN: optional(z.string().min(1)),
  SEED_DIR: optional(z.string().min(1)),
  ASTRO_CACHE_DIR: optional(z.string().min(1)),
  SITE_MODE: optional(z.enum(['static', 'preview'], {error: 'SITE_MODE must be "static" or "preview".'})),
  SANITY_PREVIEW_SECRET: optional(z.string().min(16, 'SANITY_PREVIEW_SECRET must be at least 16 characters long.')),
  SANITY_STUDIO_URL: optional(
    z.url({
      protocol: /^https?$/,
      error: 'SANITY_STUDIO_URL must be an absolute http(s) URL such as https://clinic.sanity.studio.',
    }),
  ),
  SANITY_STUDIO_HOST: optional(
    z.string().regex(/^[a-z0-9-]+$/, 'SANITY_STUDIO_HOST must be lowercase letters, digits and dashes.'),
  ),
  INQUIRY_ENDPOINT: optional(
    z
      .url({
        protocol: /^https?$/,
        error: 'INQUIRY_ENDPOINT must be an absolute URL such as https://www.example.com/inquiries.',
      })
      .refine((value) => {
        // Runs after a failed URL check too; that one has already said what is wrong.
        const url = URL.parse(value)
        return !url || url.protocol === 'https:' || isLocalHost(url.hostname)
      }, 'INQUIRY_ENDPOINT must be an https:// address; plain http:// is allowed only for localhost or 127.0.0.1.'),
  ),
})

export type ContentSourceConfig =
  /** No Sanity project: the local Content Lake over an export folder (see content/localLake.ts). */
  | {kind: 'local'; seedDir: string}
  | {kind: 'sanity'; projectId: string; dataset: string; apiVersion: string; apiHost?: string; token?: string}

export interface SiteConfig {
  siteUrl: string
  source: ContentSourceConfig
  /** `static`: the public build. `preview`: the editors' draft preview server. */
  mode: 'static' | 'preview'
  /** Opens the preview; required in preview mode, never used by the static build. */
  previewSecret?: string
  /** Astro's cache (content store); separate builds running side by side need separate ones. */
  cacheDir?: string
  /**
   * Where editors open the Studio: the only page allowed to frame the preview, and the target of
   * the click-to-edit links in preview content.
   */
  studioUrl: string
  /**
   * Where the inquiry form posts: the clinic's intake receiver (npm run intake). Deployment
   * configuration, so it overrides the endpoint in Site settings; see site/lib/pages/inquiryEndpoint.ts.
   */
  inquiryEndpoint?: string
}

/** Parses the environment into the site's configuration; throws a ConfigError naming the variable. */
export function parseConfig(env: Record<string, string | undefined>): SiteConfig {
  const vars = parseEnv(envSchema, env)
  const kind = vars.CONTENT_SOURCE ?? (vars.SANITY_PROJECT_ID ? 'sanity' : 'local')
  const siteUrl = (vars.SITE_URL ?? 'https://www.example.com').replace(/\/+$/, '')
  const cacheDir = vars.ASTRO_CACHE_DIR
  // `npm run studio:deploy` publishes to <SANITY_STUDIO_HOST>.sanity.studio; `npm run studio` runs on port 3333.
  const studioUrl = (
    vars.SANITY_STUDIO_URL ??
    (vars.SANITY_STUDIO_HOST ? `https://${vars.SANITY_STUDIO_HOST}.sanity.studio` : 'http://localhost:3333')
  ).replace(/\/+$/, '')
  const mode = vars.SITE_MODE ?? 'static'
  if (mode === 'preview' && !vars.SANITY_PREVIEW_SECRET) {
    throw new ConfigError('SANITY_PREVIEW_SECRET is required for the draft preview: set it to a long random string.')
  }
  const common = {
    mode,
    previewSecret: mode === 'preview' ? vars.SANITY_PREVIEW_SECRET : undefined,
    studioUrl,
    inquiryEndpoint: vars.INQUIRY_ENDPOINT,
  }
  if (kind === 'local') return {siteUrl, cacheDir, ...common, source: {kind, seedDir: vars.SEED_DIR ?? 'studio/seed'}}
  if (!vars.SANITY_PROJECT_ID) throw new ConfigError('SANITY_PROJECT_ID is required when CONTENT_SOURCE is "sanity".')
  return {
    siteUrl,
    cacheDir,
    ...common,
    source: {
      kind,
      projectId: vars.SANITY_PROJECT_ID,
      dataset: vars.SANITY_DATASET ?? 'production',
      apiVersion: vars.SANITY_API_VERSION ?? DEFAULT_API_VERSION,
      apiHost: vars.SANITY_API_HOST,
      token: vars.SANITY_READ_TOKEN,
    },
  }
}

let cached: SiteConfig | undefined

/** The configuration of this process, parsed on first use. */
export function siteConfig(): SiteConfig {
  cached ??= parseConfig(process.env)
  return cached
}

/**
 * A folder of the build cache (mirrored images, content bodies): beside Astro's own cache
 * (ASTRO_CACHE_DIR), so clearing that one clears every build cache.
 */
export function buildCacheFolder(name: string): string {
  return path.resolve(siteConfig().cacheDir ?? 'node_modules/.astro', name)
}
