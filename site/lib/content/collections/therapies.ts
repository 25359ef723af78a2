import {z} from 'zod'
import {defineContentCollection, ofType, PUBLISHED} from './define'
import {educationProjection, educationShape} from './educationFields'
import {teaser, teaserFields} from './teasers'

export const therapySchema = z.object({
  ...educationShape,
  abbreviation: z.string().optional(),
  skills: z.array(z.object({name: z.string().min(1), summary: z.string().min(1)})).default([]),
  /** Conditions that list this therapy, so the page can link back to them. */
  conditions: z.array(teaser).default([]),
})
export type Therapy = z.infer<typeof therapySchema>

export const therapies = defineContentCollection({
  name: 'therapies',
  slugged: true,
  filter: ofType('therapy'),
  projection: /* groq */ `{
    ${educationProjection},
    abbreviation, skills,
    "conditions": *[_type == "condition" && ${PUBLISHED} && references(^._id)] | order(order asc) ${teaserFields}
  }`,
  schema: therapySchema,
  // A changed condition changes the back-links of the therapies it lists.
  dependsOn: /* groq */ `count(*[_type == "condition" && _id in $ids && references(^._id)]) > 0`,
})
