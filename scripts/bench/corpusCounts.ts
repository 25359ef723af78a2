// How many documents of each type a corpus of a given size holds.

/** Shares of the documents after the three singletons (settings, home page, program). */
export const SHARES = {
  condition: 0.45,
  therapy: 0.25,
  page: 0.15,
  faq: 0.08,
  person: 0.04,
  accreditation: 0.02,
} as const

export type GeneratedType = keyof typeof SHARES

/** The fewest of each type a working site needs (get-help, about and privacy pages; reviewers). */
const MINIMUMS: Record<GeneratedType, number> = {condition: 3, therapy: 4, page: 3, faq: 4, person: 2, accreditation: 1}

export const SINGLETONS = 3
export const MIN_SIZE = SINGLETONS + Object.values(MINIMUMS).reduce((sum, count) => sum + count, 0)

/** Counts per type that add up to `size` with the singletons (largest remainders get the rounding). */
export function corpusCounts(size: number): Record<GeneratedType, number> {
  if (!Number.isInteger(size) || size < MIN_SIZE) throw new Error(`A corpus needs at least ${MIN_SIZE} documents.`)
  const types = Object.keys(SHARES) as GeneratedType[]
  const total = Object.values(SHARES).reduce((sum, share) => sum + share, 0)
  const rest = size - SINGLETONS
  const exact = types.map((type) => (rest * SHARES[type]) / total)
  const counts = Object.fromEntries(types.map((type, i) => [type, Math.floor(exact[i] ?? 0)])) as Record<GeneratedType, number>
  const byRemainder = types
    .map((type, i) => ({type, remainder: (exact[i] ?? 0) - Math.floor(exact[i] ?? 0)}))
    .sort((a, b) => b.remainder - a.remainder)
  let missing = rest - Object.values(counts).reduce((sum, count) => sum + count, 0)
  for (const {type} of byRemainder) if (missing-- > 0) counts[type]++
  // Raise small types to their minimum, taking the documents from conditions, the largest type.
  for (const type of types) {
    const short = MINIMUMS[type] - counts[type]
    if (short > 0) {
      counts[type] += short
      counts.condition -= short
    }
  }
  return counts
}
