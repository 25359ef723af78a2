// What the compiler checks between a collection's zod schema and the type TypeGen generated for its
// query: the same fields at every level (a field the query returns that zod would drop, or one zod
// expects that the query never asks for, is an error), and values of the same kind (an option
// added in the Studio that zod's enum lacks is an error). Whether a field may be missing is not
// compared: zod may be stricter (a reference must resolve) or more forgiving (content from before
// a field existed) than the Studio, on purpose.

/** GROQ's null and an absent field are the same to the loader (it drops nulls before zod). */
type Present<T> = Exclude<T, null | undefined>

/** Every key of every member of a union. */
type KeysOf<T> = T extends unknown ? Extract<keyof T, string> : never

/** The value at `K` in every member of a union that has it. */
type ValueAt<T, K extends string> = T extends unknown ? (K extends keyof T ? T[K] : never) : never

/**
 * Keys the query may return that zod leaves alone: Sanity's own (`_key`, an object's `_type`,
 * which zod strips when it does not name them).
 */
type SanityKey = `_${string}`

/** Fields the loader adds after validation (the mirrored image files): in zod, never in a query. */
type AddedByLoader = 'variants'

/** zod's loose objects and records take any key: below them there is nothing to compare. */
type IsOpen<T> = string extends keyof T ? true : false

type IsList<T> = [T] extends [readonly unknown[]] ? true : false
type ItemOf<T> = T extends readonly (infer Item)[] ? Item : never

/** The places where query and schema disagree, as sentences naming the field path; never when they agree. */
export type FieldDisagreements<Query, Schema, Path extends string = ''> =
  IsList<Present<Schema>> extends true
    ? IsList<Present<Query>> extends true
      ? FieldDisagreements<ItemOf<Present<Query>>, ItemOf<Present<Schema>>, `${Path}[]`>
      : `${Path}: a list in zod, not in the query`
    : [Present<Schema>] extends [object]
      ? [Present<Query>] extends [object]
        ? IsOpen<Present<Schema>> extends true
          ? never
          : ObjectDisagreements<Present<Query>, Present<Schema>, Path extends '' ? '' : `${Path}.`>
        : `${Path}: an object in zod, not in the query`
      : LeafDisagreement<Present<Query>, Present<Schema>, Path>

/**
 * A value zod checks itself: every value the query can return must be one zod accepts (an option
 * list in the Studio must fit zod's enum). A plain string or number may meet a narrower zod rule
 * (a singleton's id): that is zod being stricter, not a disagreement.
 */
type LeafDisagreement<Query, Schema, Path extends string> = [Query] extends [Schema]
  ? never
  : string extends Query
    ? [Schema] extends [string]
      ? never
      : `${Path}: a string in the query, not in zod`
    : number extends Query
      ? [Schema] extends [number]
        ? never
        : `${Path}: a number in the query, not in zod`
      : `${Path}: zod does not accept every value the query can return`

type ObjectDisagreements<Query, Schema, Prefix extends string> =
  | {[K in Exclude<KeysOf<Schema>, KeysOf<Query> | AddedByLoader>]: `${Prefix}${K}: in zod, not in the query`}[Exclude<
      KeysOf<Schema>,
      KeysOf<Query> | AddedByLoader
    >]
  | {[K in Exclude<KeysOf<Query>, KeysOf<Schema> | SanityKey>]: `${Prefix}${K}: in the query, not in zod`}[Exclude<
      KeysOf<Query>,
      KeysOf<Schema> | SanityKey
    >]
  | {
      [K in KeysOf<Query> & KeysOf<Schema>]: FieldDisagreements<ValueAt<Query, K>, ValueAt<Schema, K>, `${Prefix}${K}`>
    }[KeysOf<Query> & KeysOf<Schema>]
