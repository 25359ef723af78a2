// Zod schemas for the shapes the GROQ projections return. The site's types are inferred from
// these; the loader validates every document against them before any page sees it.
import {z} from 'zod'
import {SITE_SECTIONS} from '../../../schemas/lib/constants'
import {REVIEW_CREDENTIAL_VALUES} from '../../../schemas/lib/reviewLabel'
import {isSafeUrl, SAFE_URL_MESSAGE} from '../../../schemas/lib/validation'

const MISSING_REFERENCE = 'is missing, or points to a document that does not exist or is not published'

/** A resolved reference (`field->{...}`): null means the target is missing or unpublished. */
export function resolved<T extends z.ZodRawShape>(shape: T) {
  return z.object(shape, {error: (issue) => (issue.input == null ? MISSING_REFERENCE : undefined)})
}

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-05-31')
export const safeUrl = z.string().refine(isSafeUrl, SAFE_URL_MESSAGE)
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single dashes')

export const imageAsset = resolved({
  _id: z.string(),
  url: z.string(),
  extension: z.string(),
  width: z.number().positive(),
  height: z.number().positive(),
  /** Copies served from the site's own origin, added by the loader after validation. */
  variants: z.array(z.object({url: z.string(), width: z.number()})).optional(),
})

export const image = z
  .object({
    alt: z.string().optional(),
    decorative: z.boolean().optional(),
    asset: imageAsset,
    hotspot: z.object({x: z.number(), y: z.number(), width: z.number(), height: z.number()}).partial().optional(),
    crop: z.object({top: z.number(), bottom: z.number(), left: z.number(), right: z.number()}).partial().optional(),
  })
  .refine((value) => value.decorative === true || Boolean(value.alt?.trim()), {
    message: 'needs alternative text, or must be marked decorative',
    path: ['alt'],
  })
export type Image = z.infer<typeof image>

export const linkTarget = resolved({_type: z.string(), slug: z.string().optional()})
export type LinkTarget = z.infer<typeof linkTarget>

const sectionValues = SITE_SECTIONS.map((section) => section.value) as [string, ...string[]]

export const link = z.discriminatedUnion('linkType', [
  z.object({linkType: z.literal('internal'), internal: linkTarget}),
  z.object({linkType: z.literal('section'), section: z.enum(sectionValues)}),
  z.object({linkType: z.literal('external'), href: safeUrl}),
])
export type Link = z.infer<typeof link>

export const seo = z
  .object({
    title: z.string().optional(),
    description: z.string().optional(),
    noIndex: z.boolean().optional(),
    image: image.optional(),
  })
  .optional()
export type Seo = z.infer<typeof seo>

export const person = z.object({
  _id: z.string(),
  name: z.string().min(1),
  credentials: z.string().min(1),
  role: z.string().optional(),
  isMedicalReviewer: z.boolean().optional(),
  /** Decides "Medically" or "Clinically reviewed"; content from before the field has none. */
  reviewCredential: z.enum(REVIEW_CREDENTIAL_VALUES).optional(),
  bio: z.string().optional(),
  portrait: image.optional(),
})
export type Person = z.infer<typeof person>

export const medicalReview = z.object({
  lastReviewed: isoDate.refine((date) => date <= new Date().toISOString().slice(0, 10), 'is in the future'),
  reviewer: resolved(person.shape),
})
export type MedicalReview = z.infer<typeof medicalReview>

// --- Portable Text ---------------------------------------------------------------------------

const span = z.looseObject({_type: z.literal('span'), text: z.string(), marks: z.array(z.string()).optional()})

const markDef = z.looseObject({_key: z.string(), _type: z.string()}).superRefine((mark, context) => {
  if (mark._type !== 'link') return
  const parsed = link.safeParse(mark)
  for (const issue of parsed.error?.issues ?? [])
    context.addIssue({...issue, code: 'custom', message: issue.message, path: issue.path})
})

export const textBlock = z.looseObject({
  _type: z.literal('block'),
  _key: z.string(),
  style: z.string().optional(),
  listItem: z.string().optional(),
  level: z.number().optional(),
  markDefs: z.array(markDef).optional(),
  children: z.array(z.union([span, z.looseObject({_type: z.string()})])),
})

export const simpleText = z.array(textBlock)

export const faq = z.object({
  _id: z.string(),
  question: z.string().min(1),
  topic: z.string().optional(),
  order: z.number().optional(),
  answer: simpleText.min(1),
})
export type Faq = z.infer<typeof faq>

export const figureBlock = image.and(z.object({_type: z.literal('figure'), _key: z.string(), caption: z.string().optional()}))
export const ctaValue = z.object({label: z.string().min(1), style: z.enum(['primary', 'secondary']).optional(), link})
export const ctaBlock = ctaValue.extend({_type: z.literal('cta'), _key: z.string()})
export const calloutBlock = z.object({
  _type: z.literal('callout'),
  _key: z.string(),
  tone: z.enum(['info', 'tip', 'crisis']),
  title: z.string().optional(),
  body: simpleText,
})
export const faqBlock = z.object({
  _type: z.literal('faqBlock'),
  _key: z.string(),
  title: z.string().optional(),
  faqs: z.array(faq).min(1),
})

export type FigureBlock = z.infer<typeof figureBlock>
export type CtaBlock = z.infer<typeof ctaBlock>
export type CalloutBlock = z.infer<typeof calloutBlock>
export type FaqBlock = z.infer<typeof faqBlock>

const blockSchemas: Record<string, z.ZodType> = {
  block: textBlock,
  figure: figureBlock,
  cta: ctaBlock,
  callout: calloutBlock,
  faqBlock,
}

/**
 * Rich text: known block types are validated strictly (a bad link fails the build); blocks of a
 * type the site does not know pass through, for the renderer to refuse or skip.
 */
export const richText = z.array(
  z.looseObject({_type: z.string(), _key: z.string()}).superRefine((block, context) => {
    const schema = blockSchemas[block._type]
    if (!schema) return
    const parsed = schema.safeParse(block)
    for (const issue of parsed.error?.issues ?? [])
      context.addIssue({...issue, code: 'custom', message: issue.message, path: issue.path})
  }),
)
export type RichText = z.infer<typeof richText>
