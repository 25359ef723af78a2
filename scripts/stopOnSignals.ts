// An orderly stop for the long-running services (the rebuild service, the intake receiver): on
// SIGTERM or Ctrl-C, stop the service once it has started, then exit 0 (1 if stopping failed).
// Call it before the service listens, so a signal during start-up is handled too.
import type {Logger} from './webhook/log.ts'

export interface Stoppable {
  stop(): Promise<void>
}

/** `onRepeat` runs when a second signal comes while stopping (say, to cut a running build short). */
export function stopOnSignals(starting: Promise<Stoppable>, log: Logger, onRepeat?: (signal: NodeJS.Signals) => void) {
  let shuttingDown = false
  const shutDown = (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      onRepeat?.(signal)
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
