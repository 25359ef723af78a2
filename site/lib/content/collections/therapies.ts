import {defineQuery} from 'groq'
import {z} from 'zod'
import type {TherapiesQueryResult} from '../generated/sanity.types'
import {byOrderThenName} from '../../sort'
import type {Condition} from './conditions'
import {DISPLAY_ORDER, PAGED, PUBLISHED, defineContentCollection} from './define'
import {educationProjection, educationShape} from './educationFields'
import type {Teaser} from './teasers'

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

const backLinksOf = new WeakMap<readonly Condition[], Map<string, Teaser[]>>()

/**
 * The conditions that list each therapy, by therapy id, in display order: one pass over the
 * conditions, once per build. (A GROQ `references()` subquery per therapy costs therapies x
 * conditions document scans in groq-js.)
 */
export function conditionsByTherapy(conditions: readonly Condition[]): Map<string, Teaser[]> {
  const cached = backLinksOf.get(conditions)
  if (cached) return cached
  const backLinks = new Map<string, Teaser[]>()
  for (const condition of [...conditions].sort(byOrderThenName((item) => item.title))) {
    const {_id, _type, title, slug, summary} = condition
    for (const therapy of condition.therapies) {
      const list = backLinks.get(therapy._id) ?? []
      list.push({_id, _type, title, slug, summary})
      backLinks.set(therapy._id, list)
    }
  }
  backLinksOf.set(conditions, backLinks)
  return backLinks
}
