// Peak memory of a process tree: polls /proc every ~50 ms and sums the resident set of every
// process in the build's process group (the build and every worker or child it starts).
import {readdirSync, readFileSync} from 'node:fs'

/** The process group of `pid` (field 5 of /proc/<pid>/stat), or undefined once it has gone. */
function processGroup(pid: string): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) may hold spaces and parentheses: fields after it start past the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return Number(fields[2])
  } catch {
    return undefined
  }
}

function residentBytes(pid: string): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/** Pids of every process whose process group is `group`. */
export function groupMembers(group: number): string[] {
  return readdirSync('/proc').filter((entry) => /^\d+$/.test(entry) && processGroup(entry) === group)
}

export interface MemoryPeak {
  bytes: number
  /** When the peak was seen, in ms after sampling started: which build phase holds the memory. */
  atMs: number
}

export interface MemorySampler {
  /** Stops polling and returns the peak seen. */
  stop(): MemoryPeak
}

/** A full scan of /proc costs more than reading known members, so it runs every 4th poll. */
const RESCAN_EVERY = 4

/** Polls the group's memory until stopped; /proc only exists on Linux, elsewhere the peak stays 0. */
export function sampleGroupMemory(group: number, intervalMs = 50): MemorySampler {
  const started = performance.now()
  const peak: MemoryPeak = {bytes: 0, atMs: 0}
  let members: string[] = []
  let polls = 0
  const poll = () => {
    if (polls++ % RESCAN_EVERY === 0) members = groupMembers(group)
    const bytes = members.reduce((sum, pid) => sum + residentBytes(pid), 0)
    if (bytes > peak.bytes) Object.assign(peak, {bytes, atMs: Math.round(performance.now() - started)})
  }
  let timer: ReturnType<typeof setInterval> | undefined
  try {
    poll()
    timer = setInterval(poll, intervalMs)
  } catch {
    // No /proc (not Linux): the peak stays 0 and the report says so.
  }
  return {
    stop() {
      if (timer) clearInterval(timer)
      return peak
    },
  }
}
