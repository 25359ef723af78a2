// How the long-running services start and stop (the rebuild service, the intake receiver): a local
// .env fills in what the shell did not set, as it does for the build; a wrong setting is one
// sentence and exit code 1, and so is a failed start; on SIGTERM or Ctrl-C the service stops in
// order, then the process exits 0 (1 if stopping failed).
import {existsSync} from 'node:fs'
import {ConfigError} from '../site/lib/config/envSchema.ts'
import type {Logger} from './webhook/log.ts'

export interface Stoppable {
  stop(): Promise<void>
}

export interface RunOptions<Config, Service extends Stoppable> {
  /** Reads the configuration from the environment; throws a ConfigError naming the variable. */
  parse(env: Record<string, string | undefined>): Config
  start(config: Config): Promise<Service>
  log: Logger
  /** Runs when a second signal comes while stopping (say, to cut a running build short). */
  onRepeat?(signal: NodeJS.Signals, starting: Promise<Service>): void
}

export function runService<Config, Service extends Stoppable>({parse, start, log, onRepeat}: RunOptions<Config, Service>) {
  if (existsSync('.env')) process.loadEnvFile('.env')
  let config: Config
  try {
    config = parse(process.env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(error.message)
    process.exit(1)
  }
  const starting = start(config)
  starting.catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  })
  // The handlers go in before the service listens, so a signal during start-up is handled too.
  let shuttingDown = false
  const shutDown = (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      onRepeat?.(signal, starting)
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
}
