import {z} from 'zod'
import {imageFields} from '../projections'
import {image} from '../schemas'
import {defineContentCollection, ofType} from './define'
import {educationProjection, educationShape} from './educationFields'
import {teaser, teaserFields} from './teasers'

export const programSchema = z.object({
  ...educationShape,
  shortName: z.string().optional(),
  image: image.optional(),
  hoursPerWeek: z.string().min(1),
  typicalLength: z.string().min(1),
  whoItSuits: z.array(z.string()).min(1),
  weekSchedule: z.array(z.object({activity: z.string(), frequency: z.string(), description: z.string()})).min(1),
  benefits: z.array(z.object({title: z.string(), text: z.string()})).default([]),
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
  therapies: z.array(teaser).default([]),
})
export type Program = z.infer<typeof programSchema>

export const programs = defineContentCollection({
  name: 'programs',
  slugged: true,
  small: true,
  filter: ofType('program'),
  projection: /* groq */ `{
    ${educationProjection},
    shortName, hoursPerWeek, typicalLength, whoItSuits, weekSchedule, benefits, levelsOfCare,
    "image": image${imageFields},
    "therapies": therapies[]->${teaserFields}
  }`,
  schema: programSchema,
})
