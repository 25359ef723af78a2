// The environment every measured build starts from: this process's, without anything that would
// change what a build does (content source, caches, test runner settings, heap flags).

const DROPPED = [
  'NODE_OPTIONS',
  'NODE_ENV',
  'CONTENT_SOURCE',
  'CONTENT_FULL_SYNC',
  'SANITY_PROJECT_ID',
  'SANITY_DATASET',
  'SANITY_API_HOST',
  'SANITY_API_VERSION',
  'SANITY_READ_TOKEN',
  'SEED_DIR',
  'ASTRO_CACHE_DIR',
  'SITE_URL',
]

export function buildEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {}
  for (const [key, value] of Object.entries(process.env))
    if (!DROPPED.includes(key) && !key.startsWith('VITEST') && !key.startsWith('npm_')) env[key] = value
  return {
    ...env,
    DO_NOT_TRACK: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_UPDATE_NOTIFIER: '1',
    SANITY_TELEMETRY_DISABLED: '1',
    ...extra,
  }
}
