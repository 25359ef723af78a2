// Generated documents of every type the corpus repeats: people, FAQs, accreditations, therapies,
// conditions and pages, shaped as `sanity dataset export` writes them.
import {body, simpleText, type FigureImage, type LinkTarget} from './portableText.ts'
import {capitalize, sentence, textUpTo} from './prose.ts'
import type {Random} from './random.ts'
import type {GeneratedImage} from './svgImages.ts'
import {
  ACCREDITATION_KINDS,
  CREDENTIALS,
  FAQ_TOPICS,
  FIRST_NAMES,
  ISSUERS,
  LAST_NAMES,
  NOUNS,
  PLACES,
  QUESTION_STARTS,
  ROLES,
  SUBJECTS,
  TITLE_WORDS,
} from './vocabulary.ts'

export interface CorpusDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

/** Everything a generator needs: the PRNG and the documents it may refer to. */
export interface GeneratorContext {
  random: Random
  /** Routed documents bodies may link to. */
  linkTargets: readonly LinkTarget[]
  figures: readonly FigureImage[]
  reviewerIds: readonly string[]
  faqIds: readonly string[]
  therapyIds: readonly string[]
}

/** Dates are drawn from a fixed window in the past, so a corpus does not depend on the day it is made. */
const EPOCH = Date.UTC(2025, 0, 1)
const WINDOW_DAYS = 540

export function pastDate(random: Random): string {
  return new Date(EPOCH + random.int(0, WINDOW_DAYS) * 86_400_000 + random.int(0, 86_399) * 1000).toISOString()
}

function system(random: Random, _id: string, _type: string, updatedAt = pastDate(random)) {
  return {_id, _type, _createdAt: '2024-12-01T09:00:00.000Z', _updatedAt: updatedAt, _rev: random.hex(22)}
}

function ref(random: Random, _ref: string, withKey = true) {
  return withKey ? {_type: 'reference', _key: random.hex(12), _ref} : {_type: 'reference', _ref}
}

function accessibleImage(image: GeneratedImage) {
  return {_type: 'accessibleImage', _sanityAsset: image.sanityAsset, alt: image.alt, decorative: false}
}

function seo(random: Random, title: string) {
  return {
    _type: 'seo',
    title: `${title} | Harborlight`.slice(0, 60),
    description: textUpTo(random, 160).padEnd(70, ' Call us to talk it through.').slice(0, 160),
  }
}

function medicalReview(random: Random, reviewerIds: readonly string[], updatedAt: string) {
  return {
    _type: 'medicalReview',
    reviewer: ref(random, random.pick(reviewerIds), false),
    lastReviewed: updatedAt.slice(0, 10),
  }
}

export function person(random: Random, _id: string, index: number, portrait: GeneratedImage): CorpusDocument {
  const name = `${FIRST_NAMES[index % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length]}`
  return {
    ...system(random, _id, 'person'),
    name: index >= FIRST_NAMES.length * LAST_NAMES.length ? `${name} ${index}` : name,
    credentials: random.pick(CREDENTIALS),
    role: random.pick(ROLES),
    // Every other person reviews education pages, the first one always does.
    isMedicalReviewer: index % 2 === 0,
    portrait: accessibleImage(portrait),
    bio: textUpTo(random, 400),
  }
}

export function faq(random: Random, _id: string, index: number, targets: readonly LinkTarget[]): CorpusDocument {
  const question = `${random.pick(QUESTION_STARTS)} ${random.pick(SUBJECTS)} change my ${random.pick(NOUNS)} ${random.pick(PLACES)}?`
  return {
    ...system(random, _id, 'faq'),
    question: capitalize(question).slice(0, 140),
    answer: simpleText(random, targets),
    topic: random.pick(FAQ_TOPICS),
    order: index + 1,
  }
}

export function accreditation(random: Random, _id: string, index: number, badge: GeneratedImage): CorpusDocument {
  const kind = random.pick(ACCREDITATION_KINDS)
  const word = capitalize(random.pick(TITLE_WORDS))
  const issuer = `${word} Care ${random.pick(ISSUERS)}`
  // About one in ten has expired, so the build's "hide expired badges" path runs too.
  const expired = random.chance(0.1)
  const validFrom = `${random.int(2019, 2024)}-0${random.int(1, 9)}-1${random.int(0, 9)}`
  const validUntil = expired ? `2025-0${random.int(1, 9)}-2${random.int(0, 8)}` : `${random.int(2028, 2031)}-12-31`
  return {
    ...system(random, _id, 'accreditation'),
    name: `${word} ${capitalize(kind)} ${index + 1}`,
    issuer,
    kind,
    verificationUrl: `https://example.org/verify/${word.toLowerCase()}/${index + 1}`,
    validFrom,
    ...(kind === 'membership' && !expired ? {} : {validUntil}),
    description: textUpTo(random, 200),
    badge: accessibleImage(badge),
    order: index + 1,
  }
}

/** Fields of every education document (conditions, therapies): body, FAQs, medical review, SEO. */
function education(context: GeneratorContext, stub: Stub, type: string, order: number) {
  const {random} = context
  const updatedAt = pastDate(random)
  return {
    ...system(random, stub._id, type, updatedAt),
    title: stub.title,
    slug: {_type: 'slug', current: stub.slug},
    summary: textUpTo(random, 280),
    order,
    body: body(random, {targets: context.linkTargets, images: context.figures}),
    faqs: random.sample(context.faqIds, random.int(2, 4)).map((id) => ref(random, id)),
    medicalReview: medicalReview(random, context.reviewerIds, updatedAt),
    seo: seo(random, stub.title),
  }
}

/** What is decided before any document is written, so documents can refer to one another. */
export interface Stub {
  _id: string
  title: string
  slug: string
}

export function condition(context: GeneratorContext, stub: Stub, index: number): CorpusDocument {
  const {random} = context
  return {
    ...education(context, stub, 'condition', index + 1),
    signs: Array.from({length: random.int(3, 6)}, () => sentence(random).replace(/\.$/, '')),
    therapies: random.sample(context.therapyIds, random.int(2, 4)).map((id) => ref(random, id)),
  }
}

export function therapy(context: GeneratorContext, stub: Stub, index: number): CorpusDocument {
  const {random} = context
  const initials = stub.title
    .split(/\s+/)
    .map((word) => word.charAt(0).toUpperCase())
    .join('')
  return {
    ...education(context, stub, 'therapy', index + 1),
    ...(random.chance(0.5) ? {abbreviation: initials.slice(0, 10)} : {}),
    skills: Array.from({length: random.int(0, 4)}, () => ({
      _type: 'skill',
      _key: random.hex(12),
      name: capitalize(random.pick(NOUNS)),
      summary: textUpTo(random, 300),
    })),
  }
}

export function page(context: GeneratorContext, stub: Stub): CorpusDocument {
  const {random} = context
  const updatedAt = pastDate(random)
  const faqIds = random.sample(context.faqIds, random.int(2, 4))
  return {
    ...system(random, stub._id, 'page', updatedAt),
    title: stub.title,
    slug: {_type: 'slug', current: stub.slug},
    summary: textUpTo(random, 280),
    body: body(random, {targets: context.linkTargets, images: context.figures, faqIds}),
    ...(random.chance(0.5) ? {medicalReview: medicalReview(random, context.reviewerIds, updatedAt)} : {}),
    seo: seo(random, stub.title),
  }
}
