// The shapes the GROQ projections return, as zod schemas: the loader checks every document against
// them before any page sees it, and the site's types are inferred from them. The compiler checks
// each collection's schema against the type TypeGen generated for its query (collections/define.ts).
// Rules the Studio enforces too come from schemas/lib/rules.ts, so both sides say the same.
import {z} from 'zod'
import {REVIEW_CREDENTIAL_VALUES} from '../../../schemas/lib/reviewLabel'
import {
  HTTPS_MESSAGE,
  isSafeUrl,
  phoneProblem,
  reviewDateProblem,
  SAFE_URL_MESSAGE,
  slugProblem,
  TIME_PATTERN,
} from '../../../schemas/lib/rules'
import {LANGUAGE_IDS, type Language} from '../../../schemas/lib/languages'
import {SECTION_KEYS} from '../../../schemas/lib/sections'

const MISSING_REFERENCE = 'is missing, or points to a document that does not exist or is not published'

/** A resolved reference (`field->{...}`): null means the target is missing or unpublished. */
export function resolved<T extends z.ZodRawShape>(shape: T) {
  return z.object(shape, {error: (issue) => (issue.input == null ? MISSING_REFERENCE : undefined)})
}

/** A string that passes one of the shared rules, which says what is wrong when it does not. */
function checkedBy(problemOf: (value: string) => string | undefined, base: z.ZodString = z.string()) {
  return base.check((context) => {
    const problem = problemOf(context.value)
    if (problem) context.issues.push({code: 'custom', message: problem, input: context.value})
  })
}

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-05-31')
export const safeUrlSchema = z.string().refine(isSafeUrl, SAFE_URL_MESSAGE)
export const httpsUrlSchema = z.url({protocol: /^https$/, error: HTTPS_MESSAGE})
export const slugSchema = checkedBy(slugProblem)
export const phoneSchema = checkedBy(phoneProblem)
export const timeSchema = z.string().regex(TIME_PATTERN, 'must be a 24-hour time like 08:00')
export const reviewDateSchema = checkedBy(reviewDateProblem, isoDateSchema)

const imageAssetSchema = resolved({
  _id: z.string(),
  url: z.string(),
  extension: z.string(),
  width: z.number().positive(),
  height: z.number().positive(),
  /** Copies served from the site's own origin, added by the loader after validation. */
  variants: z.array(z.object({url: z.string(), width: z.number()})).optional(),
})

export const imageSchema = z
  .object({
    alt: z.string().optional(),
    decorative: z.boolean().optional(),
    asset: imageAssetSchema,
    hotspot: z.object({x: z.number(), y: z.number(), width: z.number(), height: z.number()}).partial().optional(),
    crop: z.object({top: z.number(), bottom: z.number(), left: z.number(), right: z.number()}).partial().optional(),
  })
  .refine((value) => value.decorative === true || Boolean(value.alt?.trim()), {
    message: 'needs alternative text, or must be marked decorative',
    path: ['alt'],
  })
export type Image = z.infer<typeof imageSchema>

/** A short titled point: a highlight, a benefit, a next step. */
export const highlightSchema = z.object({title: z.string(), text: z.string()})

/** A translatable document's language (schemas/lib/languages.ts). */
export const languageSchema = z.enum(LANGUAGE_IDS as [Language, ...Language[]])

const linkTargetSchema = resolved({_type: z.string(), slug: z.string().optional(), language: languageSchema})
export type LinkTarget = z.infer<typeof linkTargetSchema>

export const linkSchema = z.discriminatedUnion('linkType', [
  z.object({linkType: z.literal('internal'), internal: linkTargetSchema}),
  z.object({linkType: z.literal('section'), section: z.enum(SECTION_KEYS)}),
  z.object({linkType: z.literal('external'), href: safeUrlSchema}),
])
export type Link = z.infer<typeof linkSchema>

export const seoSchema = z
  .object({
    title: z.string().optional(),
    description: z.string().optional(),
    noIndex: z.boolean().optional(),
    image: imageSchema.optional(),
  })
  .optional()
export type Seo = z.infer<typeof seoSchema>

export const personSchema = z.object({
  _id: z.string(),
  name: z.string().min(1),
  credentials: z.string().min(1),
  role: z.string().optional(),
  isMedicalReviewer: z.boolean().optional(),
  /** Decides "Medically" or "Clinically reviewed"; content from before the field has none. */
  reviewCredential: z.enum(REVIEW_CREDENTIAL_VALUES).optional(),
  bio: z.string().optional(),
  portrait: imageSchema.optional(),
})
export type Person = z.infer<typeof personSchema>

export const medicalReviewSchema = z.object({
  lastReviewed: reviewDateSchema,
  reviewer: resolved(personSchema.shape),
})
export type MedicalReview = z.infer<typeof medicalReviewSchema>

// --- Portable Text ---------------------------------------------------------------------------

const spanSchema = z.looseObject({_type: z.literal('span'), text: z.string(), marks: z.array(z.string()).optional()})

const markDefSchema = z.looseObject({_key: z.string(), _type: z.string()}).superRefine((mark, context) => {
  if (mark._type !== 'link') return
  const parsed = linkSchema.safeParse(mark)
  for (const issue of parsed.error?.issues ?? [])
    context.addIssue({...issue, code: 'custom', message: issue.message, path: issue.path})
})

const textBlockSchema = z.looseObject({
  _type: z.literal('block'),
  _key: z.string(),
  style: z.string().optional(),
  listItem: z.string().optional(),
  level: z.number().optional(),
  markDefs: z.array(markDefSchema).optional(),
  children: z.array(z.union([spanSchema, z.looseObject({_type: z.string()})])),
})

const simpleTextSchema = z.array(textBlockSchema)

export const faqSchema = z.object({
  _id: z.string(),
  language: languageSchema,
  question: z.string().min(1),
  topic: z.string().optional(),
  order: z.number().optional(),
  answer: simpleTextSchema.min(1),
})
export type Faq = z.infer<typeof faqSchema>

const figureBlockSchema = imageSchema.and(
  z.object({_type: z.literal('figure'), _key: z.string(), caption: z.string().optional()}),
)
export const ctaSchema = z.object({
  label: z.string().min(1),
  style: z.enum(['primary', 'secondary']).optional(),
  link: linkSchema,
})
export type Cta = z.infer<typeof ctaSchema>
const ctaBlockSchema = ctaSchema.extend({_type: z.literal('cta'), _key: z.string()})
const calloutBlockSchema = z.object({
  _type: z.literal('callout'),
  _key: z.string(),
  tone: z.enum(['info', 'tip', 'crisis']),
  title: z.string().optional(),
  body: simpleTextSchema,
})
export const faqBlockSchema = z.object({
  _type: z.literal('faqBlock'),
  _key: z.string(),
  title: z.string().optional(),
  faqs: z.array(faqSchema).min(1),
})

export type FigureBlock = z.infer<typeof figureBlockSchema>
export type CtaBlock = z.infer<typeof ctaBlockSchema>
export type CalloutBlock = z.infer<typeof calloutBlockSchema>
export type FaqBlock = z.infer<typeof faqBlockSchema>

const blockSchemas: Record<string, z.ZodType> = {
  block: textBlockSchema,
  figure: figureBlockSchema,
  cta: ctaBlockSchema,
  callout: calloutBlockSchema,
  faqBlock: faqBlockSchema,
}

/**
 * Rich text: known block types are validated strictly (a bad link fails the build); blocks of a
 * type the site does not know pass through, for the renderer to refuse or skip.
 */
export const richTextSchema = z.array(
  z.looseObject({_type: z.string(), _key: z.string()}).superRefine((block, context) => {
    const schema = blockSchemas[block._type]
    if (!schema) return
    const parsed = schema.safeParse(block)
    for (const issue of parsed.error?.issues ?? [])
      context.addIssue({...issue, code: 'custom', message: issue.message, path: issue.path})
  }),
)
export type RichText = z.infer<typeof richTextSchema>
