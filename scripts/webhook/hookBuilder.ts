// Builds the site at the host: one POST to its build hook (Netlify, Vercel, Cloudflare Pages) per
// coalesced burst of changes. The host keeps its previous deploy when its build fails, so there is
// no smoke check or symlink here.
import {errorMessage, type Builder, type BuildOutcome} from './buildOutcome.ts'
import type {HookRebuildConfig} from './config.ts'

export function createHookBuilder(config: HookRebuildConfig): Builder {
  return {
    async prepare() {},

    async build(signal): Promise<BuildOutcome> {
      try {
        const response = await fetch(config.hookUrl, {
          method: 'POST',
          signal: AbortSignal.any([signal, AbortSignal.timeout(config.timeoutMs)]),
        })
        await response.body?.cancel()
        if (response.ok) return {result: 'success', pageCount: null}
        // The URL carries the hook's secret token, so messages name the status, never the URL.
        return {result: 'failed', pageCount: null, error: `the build hook answered ${response.status}`}
      } catch (error) {
        if (signal.aborted)
          return {result: 'abandoned', pageCount: null, error: 'the service shut down while calling the build hook'}
        return {result: 'failed', pageCount: null, error: `the build hook could not be reached: ${errorMessage(error)}`}
      }
    },
  }
}
