// A few posts an hour per address: a person who needs to correct something can, a script filling
// the clinic's mailbox cannot. Kept in memory: a restart forgets it, which only ever lets more through.
import {isIPv6} from 'node:net'
import type {Clock} from './clock.ts'

export const RATE_WINDOW_MS = 60 * 60_000

export interface RateLimiter {
  /** Counts a post from `address`; false when the address has used up its posts for the hour. */
  take(address: string): boolean
  /** Ms until `address` may post again (0 if it may now). */
  retryAfterMs(address: string): number
}

/**
 * One subscriber usually gets a whole IPv6 /64 and can pick any address in it, so IPv6 is limited
 * per /64; IPv4 (and IPv4 mapped into IPv6) per address.
 */
export function rateKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped?.[1]) return mapped[1]
  if (!isIPv6(address)) return address
  const [head = '', tail = ''] = address.toLowerCase().split('::')
  const headGroups = head ? head.split(':') : []
  const tailGroups = tail ? tail.split(':') : []
  const groups = address.includes('::')
    ? [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups]
    : headGroups
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}

export function createRateLimiter(limitPerHour: number, clock: Clock): RateLimiter {
  const posts = new Map<string, number[]>()
  let lastSweep = clock.now()

  /** The times of the posts within the window, oldest first. */
  const recent = (key: string, now: number) => (posts.get(key) ?? []).filter((time) => now - time < RATE_WINDOW_MS)

  const sweep = (now: number) => {
    // Addresses that posted once and never again would otherwise stay for good.
    if (now - lastSweep < RATE_WINDOW_MS) return
    lastSweep = now
    for (const [key, times] of posts) if (times.every((time) => now - time >= RATE_WINDOW_MS)) posts.delete(key)
  }

  return {
    take(address) {
      const now = clock.now()
      sweep(now)
      const key = rateKey(address)
      const times = recent(key, now)
      if (times.length >= limitPerHour) {
        posts.set(key, times)
        return false
      }
      posts.set(key, [...times, now])
      return true
    },
    retryAfterMs(address) {
      const now = clock.now()
      const times = recent(rateKey(address), now)
      const oldest = times[0]
      return times.length < limitPerHour || oldest === undefined ? 0 : RATE_WINDOW_MS - (now - oldest)
    },
  }
}
