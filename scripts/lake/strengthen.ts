// Weak references that ask to become strong once their target is published (`_strengthenOnPublish`,
// which @sanity/document-internationalization writes into translation.metadata documents): the
// Content Lake strengthens them in the transaction that publishes the target.
import type {MutationInput} from './mutations.ts'
import type {LakeDocument} from './types.ts'

/** Mutator paths of the references below `value` to one of `ids` that wait to be strengthened. */
export function pathsToStrengthen(value: unknown, ids: ReadonlySet<string>, path = ''): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => {
      const key = (item as {_key?: unknown} | null)?._key
      return pathsToStrengthen(item, ids, `${path}[${typeof key === 'string' ? `_key=="${key}"` : index}]`)
    })
  if (!value || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  if (typeof record._ref === 'string' && ids.has(record._ref) && record._strengthenOnPublish !== undefined) return [path]
  return Object.entries(record).flatMap(([name, child]) => pathsToStrengthen(child, ids, path ? `${path}.${name}` : name))
}

/** The patches that make every waiting reference to the just-published `ids` strong. */
export function strengthenMutations(documents: Iterable<LakeDocument>, ids: ReadonlySet<string>): MutationInput[] {
  if (ids.size === 0) return []
  const mutations: MutationInput[] = []
  for (const doc of documents) {
    const paths = pathsToStrengthen(doc, ids)
    if (paths.length > 0)
      mutations.push({
        patch: {id: doc._id, unset: paths.flatMap((reference) => [`${reference}._weak`, `${reference}._strengthenOnPublish`])},
      })
  }
  return mutations
}
