// A small hand-made SVG line chart: cold build time against document count (log scale), for our
// site, the peer and the floor. Failed builds are left out of a line.
import {findBuild, type BenchResults, type BuildMeasurement, type SizeResult} from './results.ts'

interface Series {
  name: string
  color: string
  dash?: string
  pick: (size: SizeResult) => BuildMeasurement | undefined
}

const SERIES: Series[] = [
  {name: 'ours (local lake)', color: '#1e5f63', pick: (size) => findBuild(size, 'ours', 'cold', 'local')},
  {name: 'ours (Sanity source)', color: '#1e5f63', dash: '6 4', pick: (size) => findBuild(size, 'ours', 'cold', 'sanity')},
  {name: 'peer (Eleventy)', color: '#8a3a14', pick: (size) => findBuild(size, 'peer', 'cold')},
  {name: 'floor (plain Astro)', color: '#6b6b6b', pick: (size) => findBuild(size, 'floor', 'cold')},
]

const WIDTH = 640
const HEIGHT = 360
const MARGIN = {left: 64, right: 180, top: 24, bottom: 48}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** Round numbers for the time axis. */
function niceMax(value: number): number {
  const step = 10 ** Math.floor(Math.log10(Math.max(value, 1)))
  return Math.ceil(value / step) * step
}

export function chartSvg(results: BenchResults): string {
  const sizes = results.sizes.filter((size) => size.documents > 0).sort((a, b) => a.documents - b.documents)
  const points = SERIES.map((series) => ({
    series,
    points: sizes.flatMap((size) => {
      const build = series.pick(size)
      return build?.ok ? [{documents: size.documents, seconds: build.wallMs / 1000}] : []
    }),
    failed: sizes.filter((size) => {
      const build = series.pick(size)
      return build !== undefined && !build.ok
    }),
  }))
  const allSeconds = points.flatMap((line) => line.points.map((point) => point.seconds))
  const maxSeconds = niceMax(Math.max(1, ...allSeconds))
  const minDocs = Math.min(...sizes.map((size) => size.documents))
  const maxDocs = Math.max(...sizes.map((size) => size.documents))
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom
  const logSpan = Math.log10(maxDocs) - Math.log10(minDocs) || 1
  const x = (docs: number) => MARGIN.left + ((Math.log10(docs) - Math.log10(minDocs)) / logSpan) * plotWidth
  const y = (seconds: number) => MARGIN.top + plotHeight - (seconds / maxSeconds) * plotHeight

  const parts: string[] = []
  for (let i = 0; i <= 4; i++) {
    const seconds = (maxSeconds / 4) * i
    parts.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${y(seconds)}" y2="${y(seconds)}" stroke="#ddd2c0"/>`,
      `<text x="${MARGIN.left - 8}" y="${y(seconds) + 4}" text-anchor="end">${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s</text>`,
    )
  }
  for (const size of sizes)
    parts.push(
      `<text x="${x(size.documents)}" y="${MARGIN.top + plotHeight + 20}" text-anchor="middle">${size.documents.toLocaleString('en-US')}</text>`,
    )
  points.forEach(({series, points: line, failed}, index) => {
    // A failed or timed-out build is a cross on the top edge: off the chart.
    for (const size of failed)
      parts.push(
        `<path d="M${x(size.documents) - 5} ${MARGIN.top - 5} l10 10 m0 -10 l-10 10" stroke="${series.color}" stroke-width="2.5"/>`,
      )
    if (line.length > 0) {
      const path = line
        .map((point, i) => `${i === 0 ? 'M' : 'L'}${x(point.documents).toFixed(1)} ${y(point.seconds).toFixed(1)}`)
        .join(' ')
      parts.push(
        `<path d="${path}" fill="none" stroke="${series.color}" stroke-width="2.5"${series.dash ? ` stroke-dasharray="${series.dash}"` : ''}/>`,
      )
      for (const point of line)
        parts.push(
          `<circle cx="${x(point.documents).toFixed(1)}" cy="${y(point.seconds).toFixed(1)}" r="3.5" fill="${series.color}"/>`,
        )
    }
    const legendY = MARGIN.top + 12 + index * 22
    const legendX = MARGIN.left + plotWidth + 16
    parts.push(
      `<line x1="${legendX}" x2="${legendX + 24}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="${series.color}" stroke-width="2.5"${series.dash ? ` stroke-dasharray="${series.dash}"` : ''}/>`,
      `<text x="${legendX + 30}" y="${legendY}">${escapeXml(series.name)}</text>`,
    )
  })
  const failedNote = points.some(({failed}) => failed.length > 0)
    ? `<text x="${MARGIN.left + plotWidth + 16}" y="${MARGIN.top + 12 + SERIES.length * 22 + 8}" font-size="11">× at the top: the build</text>` +
      `<text x="${MARGIN.left + plotWidth + 16}" y="${MARGIN.top + 12 + SERIES.length * 22 + 22}" font-size="11">failed or timed out</text>`
    : ''
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" font-family="system-ui, sans-serif" font-size="12" fill="#1d3536">`,
    `<title>Cold build time against document count, ${escapeXml(results.date)}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    ...parts,
    failedNote,
    `<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 8}" text-anchor="middle">documents (log scale)</text>`,
    `<text transform="translate(14 ${MARGIN.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">cold build, wall time</text>`,
    '</svg>',
    '',
  ].join('\n')
}
