// Anchor ids for headings in rich text: readable, stable, and unique within one page.

export function slugifyHeading(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || 'section'
}

/** Returns a function that gives each heading text a unique id ("support", "support-2", ...). */
export function createHeadingIds(): (text: string) => string {
  const seen = new Map<string, number>()
  return (text) => {
    const base = slugifyHeading(text)
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    return count === 1 ? base : `${base}-${count}`
  }
}
