// Small projections of routed documents, for cards and "related" lists on other pages.
import {z} from 'zod'
import {slug} from '../schemas'

export const teaserFields = /* groq */ `{_id, _type, title, "slug": slug.current, summary, abbreviation, shortName}`

export const teaser = z.object({
  _id: z.string(),
  _type: z.string(),
  title: z.string(),
  slug,
  summary: z.string().optional(),
  abbreviation: z.string().optional(),
  shortName: z.string().optional(),
})
export type Teaser = z.infer<typeof teaser>
