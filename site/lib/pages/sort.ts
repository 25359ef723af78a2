// Stable ordering for content lists: editors' "order" first (none comes last), then the name people see.

export function byOrderThenName<T extends object>(nameOf: (item: T) => string) {
  const orderOf = (item: T) => ('order' in item && typeof item.order === 'number' ? item.order : Number.POSITIVE_INFINITY)
  return (a: T, b: T): number => orderOf(a) - orderOf(b) || nameOf(a).localeCompare(nameOf(b), 'en')
}
