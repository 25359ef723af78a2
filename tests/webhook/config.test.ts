import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {DEFAULT_TOLERANCE_SECONDS, parseWebhookConfig} from '../../scripts/webhook/config.ts'
import {ConfigError} from '../../site/lib/config/envSchema.ts'

const base = {SANITY_WEBHOOK_SECRET: 'secret'}

describe('webhook service configuration', () => {
  it('refuses to start without SANITY_WEBHOOK_SECRET, in one sentence that names it', () => {
    for (const env of [{}, {SANITY_WEBHOOK_SECRET: ''}]) {
      expect(() => parseWebhookConfig(env)).toThrow(ConfigError)
      const message = (() => {
        try {
          parseWebhookConfig(env)
          return ''
        } catch (error) {
          return (error as Error).message
        }
      })()
      expect(message).toMatch(/^SANITY_WEBHOOK_SECRET is not set: .+\.$/)
      // One sentence: no full stop before the last one.
      expect(message.slice(0, -1)).not.toMatch(/\.\s/)
    }
  })

  it('has documented defaults', () => {
    const config = parseWebhookConfig(base, '/srv/site')
    expect(config).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      statusAccess: {kind: 'open'},
      maxConnections: 64,
      requestTimeoutMs: 5000,
      toleranceMs: DEFAULT_TOLERANCE_SECONDS * 1000,
      debounceMs: 3000,
      maxWaitMs: 30_000,
      shutdownGraceMs: 20_000,
      rebuild: {
        mode: 'command',
        command: 'npm run build -- --outDir {outDir}',
        workDir: path.resolve('/srv/site/.rebuild'),
        liveDir: path.resolve('/srv/site/.rebuild/live'),
        smokeMinPages: 5,
      },
    })
  })

  it('names the variable when a value is wrong', () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{PORT: 'eighty'}, /^PORT must be a whole number\.$/],
      [{PORT: '70000'}, /^PORT must be at most 65535\.$/],
      [{REBUILD_DEBOUNCE_MS: '-1'}, /^REBUILD_DEBOUNCE_MS must be at least 0\.$/],
      [{WEBHOOK_TOLERANCE_SECONDS: '1.5'}, /^WEBHOOK_TOLERANCE_SECONDS must be a whole number\.$/],
      [{REBUILD_MODE: 'ftp'}, /^REBUILD_MODE must be "command" or "hook"\.$/],
      [{REBUILD_COMMAND: 'npm run build'}, /^REBUILD_COMMAND must contain \{outDir\}/],
      [{BUILD_HOOK_URL: 'not a url'}, /^BUILD_HOOK_URL must be an absolute http\(s\) URL/],
      [{REBUILD_MODE: 'hook'}, /^BUILD_HOOK_URL is required when REBUILD_MODE is "hook"\.$/],
      [{WEBHOOK_MAX_CONNECTIONS: '0'}, /^WEBHOOK_MAX_CONNECTIONS must be at least 1\.$/],
      [{WEBHOOK_READ_TIMEOUT_MS: '10'}, /^WEBHOOK_READ_TIMEOUT_MS must be at least 100\.$/],
      [{WEBHOOK_STATUS: 'maybe'}, /^WEBHOOK_STATUS must be "on" or "off"\.$/],
      [{WEBHOOK_STATUS_TOKEN: 'short'}, /^WEBHOOK_STATUS_TOKEN must be at least 16 characters long\.$/],
      [{WEBHOOK_STATUS: 'off', WEBHOOK_STATUS_TOKEN: 'a'.repeat(16)}, /^WEBHOOK_STATUS_TOKEN .*WEBHOOK_STATUS is "off"/],
    ]
    for (const [env, message] of cases) expect(() => parseWebhookConfig({...base, ...env})).toThrow(message)
  })

  it('switches to the build-hook mode when only BUILD_HOOK_URL is set', () => {
    const config = parseWebhookConfig({...base, BUILD_HOOK_URL: 'https://api.netlify.com/build_hooks/abc'})
    expect(config.rebuild).toEqual({mode: 'hook', hookUrl: 'https://api.netlify.com/build_hooks/abc', timeoutMs: 900_000})
  })

  it('switches /status off, or protects it with a token', () => {
    expect(parseWebhookConfig({...base, WEBHOOK_STATUS: 'off'}).statusAccess).toEqual({kind: 'off'})
    const token = 'a-long-status-token-123'
    expect(parseWebhookConfig({...base, WEBHOOK_STATUS_TOKEN: token}).statusAccess).toEqual({kind: 'token', token})
  })

  it('reads the tolerance in seconds and keeps milliseconds inside', () => {
    expect(parseWebhookConfig({...base, WEBHOOK_TOLERANCE_SECONDS: '300'}).toleranceMs).toBe(300_000)
  })
})
