import {defineQuery} from 'groq'
import type {PeopleQueryResult} from '../generated/sanity.types'
import {personFields} from '../projections'
import {personSchema} from '../shapes'
import {PAGED, PUBLISHED, defineContentCollection} from './define'

const filter = /* groq */ `_type == "person" && ${PUBLISHED}`
export const peopleQuery = defineQuery(`*[${filter}] | order(name asc, _id asc) ${PAGED} ${personFields}`)

export const people = defineContentCollection<PeopleQueryResult>()({
  name: 'people',
  slugged: false,
  small: true,
  filter,
  projection: personFields,
  query: peopleQuery,
  schema: personSchema,
})
