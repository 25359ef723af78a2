// Small projections of routed documents, for cards and "related" lists on other pages.
import {z} from 'zod'
import {languageField} from '../projections'
import {languageSchema, slugSchema} from '../shapes'

export const teaserFields = /* groq */ `{_id, _type, ${languageField}, title, "slug": slug.current, summary, abbreviation, shortName}`

export const teaserSchema = z.object({
  _id: z.string(),
  _type: z.string(),
  language: languageSchema,
  title: z.string(),
  slug: slugSchema,
  summary: z.string().optional(),
  abbreviation: z.string().optional(),
  shortName: z.string().optional(),
})
export type Teaser = z.infer<typeof teaserSchema>
