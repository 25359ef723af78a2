import {defineQuery} from 'groq'
import {z} from 'zod'
import type {TherapiesQueryResult} from '../generated/sanity.types'
import {DISPLAY_ORDER, PAGED, PUBLISHED, defineContentCollection} from './define'
import {educationProjection, educationShape} from './educationFields'

export const therapySchema = z.object({
  ...educationShape,
  abbreviation: z.string().optional(),
  skills: z.array(z.object({name: z.string().min(1), summary: z.string().min(1)})).default([]),
})
export type Therapy = z.infer<typeof therapySchema>

const filter = /* groq */ `_type == "therapy" && ${PUBLISHED}`
const projection = /* groq */ `{
    ${educationProjection},
    abbreviation, skills
  }`
export const therapiesQuery = defineQuery(`*[${filter}] | order(${DISPLAY_ORDER}) ${PAGED} ${projection}`)

export const therapies = defineContentCollection<TherapiesQueryResult>()({
  name: 'therapies',
  slugged: true,
  filter,
  projection,
  query: therapiesQuery,
  schema: therapySchema,
})
