// Astro content-layer loaders: one per collection. The first build (and a forced one) runs the
// collection's one GROQ query, paged; later builds fetch only documents changed since the last
// sync, the documents whose projections include them, and notice deletions. The requests
// themselves, shared by all collections, are in syncRequests.ts.
import type {Loader, LoaderContext} from 'astro/loaders'
import pMap from 'p-map'
import {z} from 'zod'
import {siteConfig} from '../config/config'
import {bodiesPresent, detachBody, pruneBodies} from './bodyStore'
import type {ContentCollection} from './collections/define'
import {mirrorImagesIn} from './media'
import {createContentSource} from './openSource'
import type {ContentSource} from './source'
import {allDocuments, changedDocuments, changesSince, currentIds as currentIdsOf} from './syncRequests'
import {collectionValidator, slugKey, validateCollection, type ValidatedEntry} from './validate'
import {fieldOf} from './fieldOf'

/** Meta-store keys: where the last sync got to, and what it was run with. */
const SYNCED_THROUGH = 'syncedThrough'
const SYNC_FINGERPRINT = 'syncFingerprint'

let sharedSource: Promise<ContentSource> | undefined

/** The content source of this build, created once and shared by every collection. */
function contentSource(): Promise<ContentSource> {
  sharedSource ??= createContentSource(siteConfig().source)
  return sharedSource
}

export interface LoaderOptions {
  getSource?: () => Promise<ContentSource>
  /** Ignore what an earlier build loaded and fetch everything (also: CONTENT_FULL_SYNC=1). */
  fullSync?: boolean
  /** Where bodies are written (default: beside Astro's cache). */
  bodyDir?: string
}

export function contentLoader(collection: ContentCollection, options: LoaderOptions = {}): Loader {
  const getSource = options.getSource ?? contentSource
  return {
    name: `clinic-content/${collection.name}`,
    async load(context) {
      const {meta, store, generateDigest} = context
      const source = await getSource()
      const revision = await source.revision()
      // A new query, a new document shape or a hand-edited dataset makes earlier results unusable.
      const fingerprint = generateDigest(
        `${collection.query}\n${shapeOf(collection)}\n${revision ?? ''}\n${source.generation ?? ''}`,
      )
      const since = meta.get(SYNCED_THROUGH)
      const storedData = () => store.values().map((entry) => entry.data)
      const full =
        options.fullSync ||
        process.env.CONTENT_FULL_SYNC === '1' ||
        !since ||
        meta.get(SYNC_FINGERPRINT) !== fingerprint ||
        !bodiesPresent(storedData(), options.bodyDir)

      if (!full && revision !== undefined) {
        // The same dataset file as the last build: the store already holds what it says.
        hideWhatMustNotShow(context, collection, undefined)
        context.logger.info(`${store.keys().length} ${collection.name}, unchanged since the last build`)
        warnAbout(context, collection)
        return
      }
      const {latest, currentIds} = full
        ? await fullSync(context, collection, source, options.bodyDir)
        : await incrementalSync(context, collection, source, since, options.bodyDir)
      hideWhatMustNotShow(context, collection, currentIds)
      await pruneBodies(collection.name, storedData(), options.bodyDir)
      if (latest) meta.set(SYNCED_THROUGH, latest)
      meta.set(SYNC_FINGERPRINT, fingerprint)
      warnAbout(context, collection)
    },
  }
}

/** Every build repeats what the collection asks to warn about, whether or not anything was fetched. */
function warnAbout(context: LoaderContext, collection: ContentCollection) {
  for (const warning of collection.warnings?.(context.store.values().map((entry) => entry.data)) ?? [])
    context.logger.warn(warning)
}

const shapes = new WeakMap<ContentCollection, string>()
/** The documents' schema as JSON Schema: a changed field or default invalidates what was stored. */
function shapeOf(collection: ContentCollection): string {
  let shape = shapes.get(collection)
  if (shape === undefined) {
    shape = JSON.stringify(z.toJSONSchema(collection.schema, {unrepresentable: 'any', io: 'output'}))
    shapes.set(collection, shape)
  }
  return shape
}

interface SyncResult {
  /** The newest `_updatedAt` in the dataset: where the next incremental sync starts. */
  latest: string | null
  /** Ids of every document of the collection now, when the sync had to ask for them. */
  currentIds?: ReadonlySet<string>
}

async function fullSync(
  context: LoaderContext,
  collection: ContentCollection,
  source: ContentSource,
  bodyDir: string | undefined,
): Promise<SyncResult> {
  const {pages, latest} = allDocuments(source, collection)
  // Page by page: a page's bodies are written to files and dropped before the next page comes.
  const validator = collectionValidator(collection)
  const prepared: PreparedEntry[] = []
  const readAll = async () => {
    for await (const page of pages) prepared.push(...(await prepareEntries(collection, source, validator.check(page), bodyDir)))
  }
  // Together, so a failed marker request is reported even while pages are still coming.
  const [newest] = await Promise.all([latest, readAll()])
  validator.finish()
  commitEntries(context, prepared, {replaceAll: true})
  context.logger.info(`${context.store.keys().length} ${collection.name} from ${source.label} (full sync)`)
  return {latest: newest}
}

async function incrementalSync(
  context: LoaderContext,
  collection: ContentCollection,
  source: ContentSource,
  since: string,
  bodyDir: string | undefined,
): Promise<SyncResult> {
  const {store} = context
  const changes = await changesSince(source, since)
  const currentIds = new Set(await currentIdsOf(source, collection, changes))
  const deleted = store.keys().filter((id) => !currentIds.has(id))
  const changed = await changedDocuments(source, collection, since, changes)
  // Slugs of documents kept from the last build still count when checking the refetched ones.
  const refetched = new Set(changed.map((doc) => String(fieldOf(doc, '_id'))))
  const takenSlugs = new Map<string, string>()
  for (const {id, data} of store.values()) {
    const key = slugKey(data)
    if (key !== undefined && !refetched.has(id) && currentIds.has(id)) takenSlugs.set(key, id)
  }
  const prepared = await prepareEntries(collection, source, validateCollection(collection, changed, takenSlugs), bodyDir)
  for (const id of deleted) store.delete(id)
  commitEntries(context, prepared)
  context.logger.info(
    `${collection.name}: ${prepared.length} updated, ${deleted.length} removed, ${store.keys().length} in all (incremental sync)`,
  )
  return {latest: changes.latest, currentIds}
}

/** Documents whose images and body are written at the same time. */
const FILE_CONCURRENCY = 8

/** Meta-store key: documents kept off the site, as "id (reason)", so every build can say which. */
const HIDDEN = 'hidden'
const hiddenEntries = z.array(z.tuple([z.string(), z.string()]))

function readHidden(context: LoaderContext): Map<string, string> {
  return new Map(hiddenEntries.parse(JSON.parse(context.meta.get(HIDDEN) ?? '[]')))
}

function writeHidden(context: LoaderContext, hidden: Map<string, string>): void {
  context.meta.set(HIDDEN, JSON.stringify([...hidden]))
}

/** An entry ready for the store (its body and images are files by now), or why it must not show. */
type PreparedEntry = {id: string; data: Record<string, unknown>; hiddenBecause?: undefined} | {id: string; hiddenBecause: string}

/** Writes the files of valid entries (mirrored images, bodies); the store is not touched yet. */
function prepareEntries(
  collection: ContentCollection,
  source: ContentSource,
  entries: ValidatedEntry<unknown>[],
  bodyDir: string | undefined,
): Promise<PreparedEntry[]> {
  // Images and bodies are files: written a few at a time, since each waits on the disk or the CDN.
  return pMap(
    entries,
    async (entry): Promise<PreparedEntry> => {
      const reason = collection.hiddenBecause?.(entry.data)
      if (reason) return {id: entry.id, hiddenBecause: reason}
      await mirrorImagesIn(entry.data, source)
      return {id: entry.id, data: await detachBody(collection.name, entry.data as Record<string, unknown>, bodyDir)}
    },
    {concurrency: FILE_CONCURRENCY},
  )
}

/** Puts prepared entries in the store, in one go once every file is in place. */
function commitEntries(context: LoaderContext, prepared: PreparedEntry[], {replaceAll = false} = {}) {
  const hidden = replaceAll ? new Map<string, string>() : readHidden(context)
  if (replaceAll) context.store.clear()
  for (const entry of prepared) {
    if (entry.hiddenBecause !== undefined) {
      hidden.set(entry.id, entry.hiddenBecause)
      context.store.delete(entry.id)
    } else {
      hidden.delete(entry.id)
      context.store.set({id: entry.id, data: entry.data, digest: context.generateDigest(entry.data)})
    }
  }
  writeHidden(context, hidden)
}

/**
 * Re-checked on every build, so an accreditation disappears the day it expires even with no edit,
 * and the log names every document kept off the site.
 */
function hideWhatMustNotShow(
  context: LoaderContext,
  collection: ContentCollection,
  existingIds: ReadonlySet<string> | undefined,
) {
  if (!collection.hiddenBecause) return
  const hidden = readHidden(context)
  for (const {id, data} of context.store.values()) {
    const reason = collection.hiddenBecause(data)
    if (reason) {
      context.store.delete(id)
      hidden.set(id, reason)
    }
  }
  for (const id of hidden.keys()) if (existingIds && !existingIds.has(id)) hidden.delete(id)
  writeHidden(context, hidden)
  if (hidden.size > 0) context.logger.warn(`Not shown: ${[...hidden].map(([id, reason]) => `${id} (${reason})`).join(', ')}`)
}
