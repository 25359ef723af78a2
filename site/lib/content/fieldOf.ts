// Reads a field of a value whose shape is not known yet (a fetched document before validation, an
// error thrown by a library, parsed JSON), so that code checks what it finds instead of casting.

/** The value of `field` on `value`, or undefined when `value` is no object or lacks it. */
export function fieldOf(value: unknown, field: string): unknown {
  return value !== null && typeof value === 'object' ? Reflect.get(value, field) : undefined
}
