// The Presentation tool's location resolvers: one per document type, built from documentLocations.
import {defineLocations, type DocumentLocationResolvers} from 'sanity/presentation'
import {schemaTypes} from '../../schemas'
import {documentLocations} from './locations'

const select = {title: 'title', name: 'name', question: 'question', slug: 'slug.current', language: 'language'}

export const locations: DocumentLocationResolvers = Object.fromEntries(
  schemaTypes
    .filter((type) => type.type === 'document')
    .map((type) => [
      type.name,
      defineLocations({
        select,
        resolve: (doc) => (doc ? {locations: documentLocations({...doc, _type: type.name})} : null),
      }),
    ]),
)
