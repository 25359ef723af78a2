import {defineQuery} from 'groq'
import {z} from 'zod'
import type {ProgramsQueryResult} from '../generated/sanity.types'
import {imageFields} from '../projections'
import {highlightSchema, imageSchema} from '../shapes'
import {DISPLAY_ORDER, PAGED, PUBLISHED, defineContentCollection} from './define'
import {educationProjection, educationShape} from './educationFields'
import {teaserFields, teaserSchema} from './teasers'

export const programSchema = z.object({
  ...educationShape,
  shortName: z.string().optional(),
  image: imageSchema.optional(),
  hoursPerWeek: z.string().min(1),
  typicalLength: z.string().min(1),
  whoItSuits: z.array(z.string()).min(1),
  weekSchedule: z.array(z.object({activity: z.string(), frequency: z.string(), description: z.string()})).min(1),
  benefits: z.array(highlightSchema).default([]),
  levelsOfCare: z
    .array(
      z.object({
        name: z.string(),
        timePerWeek: z.string(),
        setting: z.string(),
        suitedFor: z.string(),
        isThisProgram: z.boolean().optional(),
      }),
    )
    .default([]),
  therapies: z.array(teaserSchema).default([]),
})
export type Program = z.infer<typeof programSchema>

const filter = /* groq */ `_type == "program" && ${PUBLISHED}`
const projection = /* groq */ `{
    ${educationProjection},
    shortName, hoursPerWeek, typicalLength, whoItSuits, weekSchedule, benefits, levelsOfCare,
    "image": image${imageFields},
    "therapies": therapies[]->${teaserFields}
  }`
export const programsQuery = defineQuery(`*[${filter}] | order(${DISPLAY_ORDER}) ${PAGED} ${projection}`)

export const programs = defineContentCollection<ProgramsQueryResult>()({
  name: 'programs',
  slugged: true,
  small: true,
  filter,
  projection,
  query: programsQuery,
  schema: programSchema,
})
