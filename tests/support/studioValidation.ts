// Runs the Studio's own validation rules (the schema in schemas/, through Sanity's validator) on a
// document, as the Studio judges it when an editor publishes. Custom rules that query the dataset
// (unique slugs, references in the same language) talk to a Content Lake stand-in holding
// `documents`, so the real rule code runs, offline.
import {createClient} from '@sanity/client'
import {validateDocumentWithWorkspace} from '@sanity/validation'
import {createSchema} from 'sanity'
import {schemaTypes} from '../../schemas'
import {startContentLakeStandIn, type ContentLakeStandIn} from '../../scripts/bench/contentLakeStandIn'
import type {LakeDocument as SeedDocument} from '../../scripts/lake/types.ts'

const schema = createSchema({name: 'default', types: schemaTypes})

/** Built-in messages come out as their keys (our own rules carry their own text). */
const messageKeysOnly = {
  currentLocale: {id: 'en-US'},
  loadNamespaces: async () => undefined,
  t: (key: string) => key,
} as unknown as Parameters<typeof validateDocumentWithWorkspace>[0]['workspace']['i18n']

export interface Marker {
  level: string
  where: string
  message: string
}

export interface StudioValidator {
  standIn: ContentLakeStandIn
  markersFor(document: SeedDocument): Promise<Marker[]>
  close(): Promise<void>
}

export async function startStudioValidator(documents: SeedDocument[]): Promise<StudioValidator> {
  const standIn = await startContentLakeStandIn({documents})
  const client = createClient({
    projectId: 'offline0',
    dataset: 'production',
    apiVersion: '2025-02-19',
    apiHost: standIn.url,
    useProjectHostname: false,
    useCdn: false,
  })
  const ids = new Set(documents.map((doc) => doc._id))
  return {
    standIn,
    async markersFor(document) {
      const markers = await validateDocumentWithWorkspace({
        document: document as Parameters<typeof validateDocumentWithWorkspace>[0]['document'],
        workspace: {schema, getClient: ({apiVersion}) => client.withConfig({apiVersion}), i18n: messageKeysOnly},
        // As the Studio judges a document when an editor publishes it. (The CLI's environment turns
        // every custom rule on an object field, such as a slug's, into a warning.)
        environment: 'studio',
        getDocumentExists: async ({id}) => ids.has(id),
      })
      return markers.map((marker) => ({
        level: marker.level,
        where: `${document._id}.${marker.path.map((segment) => (typeof segment === 'object' ? JSON.stringify(segment) : segment)).join('.')}`,
        message: marker.message,
      }))
    },
    close: () => standIn.close(),
  }
}
