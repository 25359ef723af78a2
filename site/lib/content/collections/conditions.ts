import {z} from 'zod'
import {defineContentCollection, ofType} from './define'
import {educationProjection, educationShape} from './educationFields'
import {teaser, teaserFields} from './teasers'

export const conditionSchema = z.object({
  ...educationShape,
  signs: z.array(z.string()).min(1),
  therapies: z.array(teaser).default([]),
})
export type Condition = z.infer<typeof conditionSchema>

export const conditions = defineContentCollection({
  name: 'conditions',
  slugged: true,
  filter: ofType('condition'),
  projection: /* groq */ `{
    ${educationProjection},
    signs,
    "therapies": therapies[]->${teaserFields}
  }`,
  schema: conditionSchema,
})
