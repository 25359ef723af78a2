// `npm run webhook`: the content-webhook rebuild service. Reads its configuration from the
// environment (see docs/deploy.md), starts, and shuts down cleanly on SIGTERM or Ctrl-C.
import {runService} from '../runService.ts'
import {parseWebhookConfig} from './config.ts'
import {createLogger} from './log.ts'
import {startRebuildService} from './service.ts'

const log = createLogger()

runService({
  parse: (env) => parseWebhookConfig(env),
  start: (config) => startRebuildService(config, log),
  log,
  // A second signal means "now": stop the build instead of waiting for it.
  onRepeat(signal, starting) {
    log.warn(`${signal} again: stopping the running build`)
    starting.then(
      (service) => service.abortBuild(),
      () => {},
    )
  },
})
