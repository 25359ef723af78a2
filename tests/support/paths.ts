import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const STUDIO_DIR = path.join(ROOT, 'studio')
export const SEED_DIR = path.join(STUDIO_DIR, 'seed')
export const SANITY_BIN = path.join(ROOT, 'node_modules/.bin/sanity')

/** Environment for offline tool runs: no telemetry, no update checks. */
export const OFFLINE_ENV = {
  ...process.env,
  DO_NOT_TRACK: '1',
  NO_UPDATE_NOTIFIER: '1',
  SANITY_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
}
