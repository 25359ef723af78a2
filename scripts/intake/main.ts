// `npm run intake`: the receiver for the site's inquiry form. Reads its configuration from the
// environment (see docs/deploy.md), starts, and shuts down cleanly on SIGTERM or Ctrl-C; what it
// has accepted is in the spool either way, and goes out after the next start.
import {runService} from '../runService.ts'
import {createLogger} from '../webhook/log.ts'
import {parseIntakeConfig} from './config.ts'
import {startIntakeService} from './service.ts'

const log = createLogger()

runService({parse: (env) => parseIntakeConfig(env), start: (config) => startIntakeService(config, {log}), log})
