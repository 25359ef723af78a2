// Portable Text bodies as the Studio writes them: headings, paragraphs with strong/em marks,
// internal and external links, bullet and numbered lists, figures, callouts and FAQ blocks.
import {capitalize, countWords, heading, sentence, sentences} from './prose.ts'
import type {Random} from './random.ts'

export interface Span {
  _type: 'span'
  _key: string
  text: string
  marks: string[]
}

export interface LinkMarkDef {
  _type: 'link'
  _key: string
  linkType: 'internal' | 'external'
  internal?: {_type: 'reference'; _ref: string}
  href?: string
}

export interface TextBlock {
  _type: 'block'
  _key: string
  style: string
  markDefs: LinkMarkDef[]
  children: Span[]
  listItem?: 'bullet' | 'number'
  level?: number
}

export type Block = TextBlock | {_type: string; _key: string; [field: string]: unknown}

/** A document a body may link to. */
export interface LinkTarget {
  _id: string
  title: string
}

/** An image a figure may show: the export's asset placeholder and a description of it. */
export interface FigureImage {
  sanityAsset: string
  alt: string
}

export interface BodyOptions {
  /** Routed documents to link to (never the document itself). */
  targets: readonly LinkTarget[]
  images: readonly FigureImage[]
  /** FAQ ids for an FAQ block at the end; none means no FAQ block. */
  faqIds?: readonly string[]
  minWords?: number
  maxWords?: number
}

function span(random: Random, text: string, marks: string[] = []): Span {
  return {_type: 'span', _key: random.hex(12), text, marks}
}

function block(random: Random, children: Span[], extra: Partial<TextBlock> = {}): TextBlock {
  return {_type: 'block', _key: random.hex(12), style: 'normal', markDefs: [], children, ...extra}
}

function externalHref(random: Random): string {
  const path = random.pick(['mental-health/basics', 'guides/sleep', 'support/families', 'resources/stress', 'care/levels'])
  return `https://example.org/${path}/${random.int(1, 99)}`
}

/**
 * A paragraph of 2 to 5 sentences; some carry a strong or em phrase, some a link. Unmarked text
 * runs together in one span, as the Studio's editor stores it.
 */
function paragraph(random: Random, targets: readonly LinkTarget[]): TextBlock {
  const children: Span[] = []
  const markDefs: LinkMarkDef[] = []
  let plain = ''
  const marked = (text: string, marks: string[]) => {
    if (plain) children.push(span(random, plain))
    plain = ''
    children.push(span(random, text, marks))
  }
  for (let i = random.int(2, 5); i > 0; i--) {
    const part = sentence(random)
    plain += plain || children.length > 0 ? ' ' : ''
    const roll = random.next()
    if (roll < 0.18 && targets.length > 0) {
      const target = random.pick(targets)
      const mark: LinkMarkDef = {
        _type: 'link',
        _key: random.hex(12),
        linkType: 'internal',
        internal: {_type: 'reference', _ref: target._id},
      }
      markDefs.push(mark)
      plain += `${part} Read more about `
      marked(target.title.toLowerCase(), [mark._key])
      plain = '.'
    } else if (roll < 0.26) {
      const mark: LinkMarkDef = {_type: 'link', _key: random.hex(12), linkType: 'external', href: externalHref(random)}
      markDefs.push(mark)
      marked(part, [mark._key])
    } else if (roll < 0.4) {
      const [first = '', ...rest] = part.split(' ')
      plain += `${first} `
      marked(rest.slice(0, 3).join(' '), [random.pick(['strong', 'em'])])
      plain = rest.length > 3 ? ` ${rest.slice(3).join(' ')}` : ''
    } else {
      plain += part
    }
  }
  if (plain) children.push(span(random, plain))
  return block(random, children, {markDefs})
}

function list(random: Random, listItem: 'bullet' | 'number'): TextBlock[] {
  return Array.from({length: random.int(3, 6)}, () => {
    const text = sentence(random)
    if (!random.chance(0.5)) return block(random, [span(random, text)], {listItem, level: 1})
    const [lead, ...rest] = text.split(' ')
    return block(random, [span(random, `${lead ?? ''}:`, ['strong']), span(random, ` ${rest.join(' ')}`)], {listItem, level: 1})
  })
}

function figure(random: Random, image: FigureImage): Block {
  return {
    _type: 'figure',
    _key: random.hex(12),
    _sanityAsset: image.sanityAsset,
    alt: image.alt,
    decorative: false,
    caption: capitalize(sentence(random)),
  }
}

function callout(random: Random): Block {
  return {
    _type: 'callout',
    _key: random.hex(12),
    tone: random.pick(['info', 'tip']),
    title: heading(random),
    body: [block(random, [span(random, sentences(random, 1, 3))])],
  }
}

function faqBlock(random: Random, faqIds: readonly string[]): Block {
  return {
    _type: 'faqBlock',
    _key: random.hex(12),
    title: 'Questions people ask',
    faqs: faqIds.map((_ref) => ({_type: 'reference', _key: random.hex(12), _ref})),
  }
}

export function wordsIn(blocks: readonly Block[]): number {
  let words = 0
  for (const item of blocks)
    if (item._type === 'block') for (const child of (item as TextBlock).children) words += countWords(child.text)
  return words
}

/** A body of `minWords` to `maxWords` words (default 800 to 1,500) in sections under h2/h3 headings. */
export function body(random: Random, options: BodyOptions): Block[] {
  const target = random.int(options.minWords ?? 800, options.maxWords ?? 1500)
  const figureCount = Math.min(random.int(1, 3), options.images.length)
  const blocks: Block[] = [paragraph(random, options.targets)]
  let figures = 0
  let words = wordsIn(blocks)
  const add = (...added: Block[]) => {
    blocks.push(...added)
    words += wordsIn(added)
  }
  while (words < target) {
    add(block(random, [span(random, heading(random))], {style: 'h2'}))
    for (let i = random.int(1, 3); i > 0 && words < target; i--) add(paragraph(random, options.targets))
    if (words < target && random.chance(0.5)) add(...list(random, random.chance(0.6) ? 'bullet' : 'number'))
    if (words < target && random.chance(0.4)) {
      add(block(random, [span(random, heading(random))], {style: 'h3'}))
      add(paragraph(random, options.targets))
    }
    if (figures < figureCount && random.chance(0.5)) {
      add(figure(random, random.pick(options.images)))
      figures++
    }
    if (random.chance(0.15)) add(callout(random))
  }
  for (; figures < figureCount; figures++) add(figure(random, random.pick(options.images)))
  if (options.faqIds && options.faqIds.length > 0) add(faqBlock(random, options.faqIds))
  return blocks
}

/** Short formatted text (FAQ answers): one or two paragraphs, sometimes with a link. */
export function simpleText(random: Random, targets: readonly LinkTarget[]): TextBlock[] {
  return Array.from({length: random.int(1, 2)}, () => paragraph(random, targets))
}
