import {personFields} from '../projections'
import {person} from '../schemas'
import {defineContentCollection, ofType} from './define'

export const people = defineContentCollection({
  name: 'people',
  slugged: false,
  small: true,
  filter: ofType('person'),
  order: 'name asc, _id asc',
  projection: personFields,
  schema: person,
})
