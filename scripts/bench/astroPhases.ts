// Where an `astro build` spent its time, read from its own log: content sync (with type
// generation), bundling, and rendering the static routes.

export interface AstroPhases {
  /** Setup and content sync, up to "Collecting build info ... Completed". */
  syncMs?: number
  /** "Syncing content" to "Synced content", from the log's clock (whole seconds). */
  contentSyncMs?: number
  /** Vite's server and client builds (the rest of "Building static entrypoints"). */
  bundleMs?: number
  /** Rendering every static route to HTML. */
  renderMs?: number
  /** Astro's own total ("N page(s) built in ..."). */
  totalMs?: number
  /** How each collection synced: "full" or "incremental", by collection name. */
  syncModes: Record<string, string>
}

const ANSI = /\u001b\[[0-9;]*m/g

function duration(text: string | undefined): number | undefined {
  // Astro writes "232ms", "1.24s" or "1m 14s".
  const match = /^\s*(?:(\d+)m\s+)?(?:([\d.]+)(ms|s))?/.exec(text ?? '')
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined
  const minutes = Number(match[1] ?? 0) * 60_000
  const rest = match[2] === undefined ? 0 : Number(match[2]) * (match[3] === 'ms' ? 1 : 1000)
  return Math.round(minutes + rest)
}

/** Seconds since midnight of a log line's "HH:MM:SS" prefix. */
function clock(line: string | undefined): number | undefined {
  const match = /^(\d\d):(\d\d):(\d\d) /.exec(line ?? '')
  return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : undefined
}

export function astroPhases(log: string): AstroPhases {
  const lines = log.replace(ANSI, '').split('\n')
  const completedAfter = (marker: RegExp, done = /Completed in /): number | undefined => {
    const start = lines.findIndex((line) => marker.test(line))
    if (start < 0) return undefined
    const line = lines.slice(start + 1).find((candidate) => done.test(candidate))
    return duration(line?.split('Completed in ')[1])
  }
  const syncModes: Record<string, string> = {}
  for (const line of lines) {
    const match = /\[clinic-content\/(\w+)\].*\((full|incremental) sync\)/.exec(line)
    if (match?.[1] && match[2]) syncModes[match[1]] = match[2]
  }
  const entrypoints = completedAfter(/Building static entrypoints/, /\[build\] ✓ Completed in /)
  const syncStart = clock(lines.find((line) => /\[content\] Syncing content/.test(line)))
  const syncEnd = clock(lines.find((line) => /\[content\] Synced content/.test(line)))
  const renderMs = completedAfter(/generating static routes/)
  return {
    syncMs: completedAfter(/Collecting build info/),
    ...(syncStart !== undefined && syncEnd !== undefined
      ? {contentSyncMs: ((syncEnd - syncStart + 86_400) % 86_400) * 1000}
      : {}),
    bundleMs: entrypoints !== undefined && renderMs !== undefined ? Math.max(0, entrypoints - renderMs) : entrypoints,
    renderMs,
    totalMs: duration(lines.find((line) => /page\(s\) built in /.test(line))?.split('built in ')[1]),
    syncModes,
  }
}
