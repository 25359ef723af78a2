// `npm run webhook`: the content-webhook rebuild service. Reads its configuration from the
// environment (see docs/deploy.md), starts, and shuts down cleanly on SIGTERM or Ctrl-C.
import {existsSync} from 'node:fs'
import {ConfigError, parseWebhookConfig, type WebhookConfig} from './config.ts'
import {createLogger} from './log.ts'
import {startRebuildService} from './service.ts'

// A local .env fills in what the shell did not set, as it does for the build.
if (existsSync('.env')) process.loadEnvFile('.env')

const log = createLogger()

let config: WebhookConfig
try {
  config = parseWebhookConfig(process.env)
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  console.error(error.message)
  process.exit(1)
}

const starting = startRebuildService(config, log)
starting.catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})

// Handlers go in before the service listens, so a signal during start-up is handled too.
let shuttingDown = false
const shutDown = (signal: NodeJS.Signals) => {
  if (shuttingDown) {
    // A second signal means "now": stop the build instead of waiting for it.
    log.warn(`${signal} again: stopping the running build`)
    starting.then(
      (service) => service.abortBuild(),
      () => {},
    )
    return
  }
  shuttingDown = true
  log.info(`${signal}: shutting down`)
  starting
    .then((service) => service.stop())
    .then(
      () => {
        log.info('stopped')
        process.exit(0)
      },
      (error: unknown) => {
        log.error(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`)
        process.exit(1)
      },
    )
}
process.on('SIGTERM', shutDown)
process.on('SIGINT', shutDown)
