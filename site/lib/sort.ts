// Stable ordering for content lists: editors' "order" first, then the name people see.

export function byOrderThenName<T extends {order?: number}>(nameOf: (item: T) => string) {
  return (a: T, b: T): number =>
    (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) || nameOf(a).localeCompare(nameOf(b), 'en')
}
