// `npm run intake`: the receiver for the site's inquiry form. Reads its configuration from the
// environment (see docs/deploy.md), starts, and shuts down cleanly on SIGTERM or Ctrl-C; what it
// has accepted is in the spool either way, and goes out after the next start.
import {existsSync} from 'node:fs'
import {stopOnSignals} from '../stopOnSignals.ts'
import {createLogger} from '../webhook/log.ts'
import {ConfigError, parseIntakeConfig, type IntakeConfig} from './config.ts'
import {startIntakeService} from './service.ts'

// A local .env fills in what the shell did not set, as it does for the build.
if (existsSync('.env')) process.loadEnvFile('.env')

const log = createLogger()

let config: IntakeConfig
try {
  config = parseIntakeConfig(process.env)
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  console.error(error.message)
  process.exit(1)
}

const starting = startIntakeService(config, {log})
starting.catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})

stopOnSignals(starting, log)
