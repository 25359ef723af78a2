import {personFields} from '../projections'
import {person} from '../schemas'
import {byType, defineContentCollection} from './define'

export const people = defineContentCollection({
  name: 'people',
  slugged: false,
  query: /* groq */ `${byType('person', 'name asc, _id asc')}${personFields}`,
  schema: person,
})
