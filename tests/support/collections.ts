import type {z} from 'zod'
import type {ContentCollection} from '../../site/lib/content/collections/define'
import type {ContentOf, RoutedCollection} from '../../site/lib/content/collections'
import {fetchAll} from '../../site/lib/content/syncRequests'
import {createLocalLakeSource} from '../../site/lib/content/localLake'
import {validateCollection} from '../../site/lib/content/validate'
import type {ReadCollection} from '../../site/lib/pages/dependencies'
import {SEED_DIR} from './paths'

/** A collection's documents from the starter dataset, through the same query and validation as a build. */
export async function loadCollection<S extends z.ZodType>(
  collection: ContentCollection<S>,
  seedDir = SEED_DIR,
): Promise<z.output<S>[]> {
  const source = await createLocalLakeSource(seedDir)
  return validateCollection(collection, await fetchAll(source, collection.query)).map((entry) => entry.data)
}

/** Reads collections from documents in hand, as pages read the build's store; others are empty. */
export function readFrom(documents: {[K in RoutedCollection]?: readonly ContentOf<K>[]}): ReadCollection {
  return async (name) => documents[name] ?? []
}
