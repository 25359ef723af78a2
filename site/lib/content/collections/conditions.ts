import {defineQuery} from 'groq'
import {z} from 'zod'
import type {ConditionsQueryResult} from '../generated/sanity.types'
import {DISPLAY_ORDER, PAGED, PUBLISHED, defineContentCollection} from './define'
import {educationProjection, educationShape} from './educationFields'
import {teaserFields, teaserSchema} from './teasers'

export const conditionSchema = z.object({
  ...educationShape,
  signs: z.array(z.string()).min(1),
  therapies: z.array(teaserSchema).default([]),
})
export type Condition = z.infer<typeof conditionSchema>

const filter = /* groq */ `_type == "condition" && ${PUBLISHED}`
const projection = /* groq */ `{
    ${educationProjection},
    signs,
    "therapies": therapies[]->${teaserFields}
  }`
export const conditionsQuery = defineQuery(`*[${filter}] | order(${DISPLAY_ORDER}) ${PAGED} ${projection}`)

export const conditions = defineContentCollection<ConditionsQueryResult>()({
  name: 'conditions',
  slugged: true,
  filter,
  projection,
  query: conditionsQuery,
  schema: conditionSchema,
})
