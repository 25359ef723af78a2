// A few small generated SVG images, reused across the corpus, named as a dataset export names its
// files: <sha1 of the bytes>-<width>x<height>.svg.
import {createHash} from 'node:crypto'

export interface GeneratedImage {
  fileName: string
  /** The placeholder a document uses in the export format. */
  sanityAsset: string
  svg: string
  alt: string
}

type Kind = 'figure' | 'badge' | 'portrait'

const SIZES: Record<Kind, [number, number]> = {figure: [1200, 675], badge: [240, 240], portrait: [320, 320]}
const PALETTES = [
  ['#e7efe9', '#2f6f73', '#d9a441'],
  ['#f6f1e7', '#3d5a80', '#c0705a'],
  ['#eef1f5', '#5b7f4a', '#e0b15c'],
  ['#f3ece4', '#7a4e7e', '#6fa3a0'],
] as const

function shapes(kind: Kind, width: number, height: number, [, main, accent]: readonly string[]): string {
  if (kind === 'badge')
    return `<circle cx="120" cy="120" r="100" fill="${main}"/><circle cx="120" cy="120" r="78" fill="none" stroke="${accent}" stroke-width="6"/>`
  if (kind === 'portrait')
    return `<circle cx="160" cy="130" r="56" fill="${accent}"/><path d="M60 320c0-70 44-110 100-110s100 40 100 110z" fill="${main}"/>`
  return `<path d="M0 ${height * 0.7}q${width / 4} -120 ${width / 2} 0t${width / 2} 0V${height}H0z" fill="${main}"/><circle cx="${width * 0.75}" cy="${height * 0.3}" r="70" fill="${accent}"/>`
}

function image(kind: Kind, index: number, title: string, alt: string): GeneratedImage {
  const [width, height] = SIZES[kind]
  const palette = PALETTES[index % PALETTES.length] ?? PALETTES[0]
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
    `<title>${title} (generated for benchmarks)</title>`,
    `<rect width="${width}" height="${height}" fill="${palette[0]}"/>`,
    shapes(kind, width, height, palette),
    '</svg>',
    '',
  ].join('\n')
  const sha1 = createHash('sha1').update(svg).digest('hex')
  const fileName = `${sha1}-${width}x${height}.svg`
  return {fileName, sanityAsset: `image@file://./images/${fileName}`, svg, alt}
}

export const FIGURES: readonly GeneratedImage[] = [
  image('figure', 0, 'Rolling hills at dawn', 'Soft green hills under a pale morning sky with a low golden sun.'),
  image('figure', 1, 'Harbour at dusk', 'Calm blue water at dusk with a warm light on the horizon.'),
  image('figure', 2, 'Meadow path', 'A gentle meadow rising to a ridge under a yellow sun.'),
  image('figure', 3, 'Quiet valley', 'A quiet purple valley with a round teal moon above it.'),
]

export const BADGES: readonly GeneratedImage[] = [
  image('badge', 0, 'Round seal', 'Round teal seal with a gold ring.'),
  image('badge', 1, 'Round emblem', 'Round blue emblem with a terracotta ring.'),
]

export const PORTRAITS: readonly GeneratedImage[] = [
  image('portrait', 0, 'Illustrated portrait', 'Simple illustrated portrait: a round head above teal shoulders.'),
  image('portrait', 1, 'Illustrated portrait', 'Simple illustrated portrait: a round head above blue shoulders.'),
]

/** The n-th image of a list, round and round (the lists are never empty). */
export function nth(images: readonly GeneratedImage[], index: number): GeneratedImage {
  const image = images[index % images.length]
  if (!image) throw new Error('No generated images to choose from.')
  return image
}

export const ALL_IMAGES: readonly GeneratedImage[] = [...FIGURES, ...BADGES, ...PORTRAITS]
