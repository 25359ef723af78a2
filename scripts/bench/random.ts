// A tiny seeded PRNG (mulberry32) and the helpers the corpus needs, so the same seed always
// produces the same corpus, byte for byte.

export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number
  /** True with probability `p`. */
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** `count` distinct items (fewer if the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[]
  /** A lowercase hex string of `length` characters, for `_key`s and `_rev`s. */
  hex(length: number): string
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('Cannot pick from an empty list.')
      return items[int(0, items.length - 1)] as T
    },
    sample<T>(items: readonly T[], count: number): T[] {
      const copy = [...items]
      const taken: T[] = []
      while (taken.length < count && copy.length > 0) taken.push(copy.splice(int(0, copy.length - 1), 1)[0] as T)
      return taken
    },
    hex(length) {
      let text = ''
      while (text.length < length) text += Math.floor(next() * 16).toString(16)
      return text
    },
  }
}
