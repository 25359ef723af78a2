import {defineQuery} from 'groq'
import {personFields} from '../projections'
import {person} from '../schemas'
import {PAGED, PUBLISHED, defineContentCollection} from './define'

const filter = /* groq */ `_type == "person" && ${PUBLISHED}`
export const peopleQuery = defineQuery(`*[${filter}] | order(name asc, _id asc) ${PAGED} ${personFields}`)

export const people = defineContentCollection({
  name: 'people',
  slugged: false,
  small: true,
  filter,
  projection: personFields,
  query: peopleQuery,
  schema: person,
})
