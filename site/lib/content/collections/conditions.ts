import {z} from 'zod'
import {byType, defineContentCollection} from './define'
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
  query: /* groq */ `${byType('condition')}{
    ${educationProjection},
    signs,
    "therapies": therapies[]->${teaserFields}
  }`,
  schema: conditionSchema,
})
