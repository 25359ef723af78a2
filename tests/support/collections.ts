import type {z} from 'zod'
import type {ContentCollection} from '../../site/lib/content/collections/define'
import {fetchAll} from '../../site/lib/content/syncRequests'
import {createLocalSource} from '../../site/lib/content/localSource'
import {validateCollection} from '../../site/lib/content/validate'
import {SEED_DIR} from './paths'

/** A collection's documents from the starter dataset, through the same query and validation as a build. */
export async function loadCollection<S extends z.ZodType>(
  collection: ContentCollection<S>,
  seedDir = SEED_DIR,
): Promise<z.output<S>[]> {
  const source = await createLocalSource(seedDir)
  return validateCollection(collection, await fetchAll(source, collection.query)).map((entry) => entry.data)
}
