// Writes a run's figures into docs/benchmarks.md, between two markers, so the hand-written analysis
// around them stays; and the chart beside it.
import {existsSync} from 'node:fs'
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {format, resolveConfig} from 'prettier'
import {chartSvg} from './chart.ts'
import {coldTable, incrementalTable, machineLine, outputTable, phaseTable, targetTable} from './report.ts'
import type {BenchResults} from './results.ts'

export const START = '<!-- bench:generated:start -->'
export const END = '<!-- bench:generated:end -->'

export function generatedSection(results: BenchResults, resultsFile: string): string {
  return [
    START,
    '',
    `Run of ${results.date}${results.variant ? `, with the variant \`${results.variant}\`` : ''} (\`${resultsFile}\`), ` +
      `Content Lake stand-in latency ${results.latencyMs} ms per request, corpus seed ${results.seed}.`,
    '',
    `Machine: ${machineLine(results)}.`,
    '',
    '### Cold builds',
    '',
    '![Cold build time against document count](benchmarks-chart.svg)',
    '',
    coldTable(results),
    '',
    '### Where our time goes',
    '',
    phaseTable(results),
    '',
    '### Cold, warm and one-change builds',
    '',
    'Through the Sanity source (against the stand-in), where the loaders sync incrementally:',
    '',
    incrementalTable(results, 'sanity'),
    '',
    'From the local lake (in memory over the dataset files): a changed data.ndjson forces a full sync, by design:',
    '',
    incrementalTable(results, 'local'),
    '',
    '### Per content page',
    '',
    outputTable(results),
    '',
    '### Targets',
    '',
    targetTable(results),
    '',
    END,
  ].join('\n')
}

const SKELETON = `# Benchmarks

How long the site takes to build as content grows, compared with a peer (Eleventy) and a floor
(plain Astro). Run \`npm run bench\`; the section between the markers is rewritten by each run.

${START}
${END}
`

export async function updateDocs(results: BenchResults, resultsFile: string, docsDir: string): Promise<void> {
  const file = path.join(docsDir, 'benchmarks.md')
  const current = existsSync(file) ? await readFile(file, 'utf8') : SKELETON
  const start = current.indexOf(START)
  const end = current.indexOf(END)
  if (start < 0 || end < start) throw new Error(`${file} lacks the ${START} ... ${END} markers; add them where the figures go.`)
  const next = current.slice(0, start) + generatedSection(results, resultsFile) + current.slice(end + END.length)
  // Formatted as `npm run lint` expects (Prettier aligns the tables).
  await writeFile(file, await format(next, {...(await resolveConfig(file)), filepath: file}))
  await writeFile(path.join(docsDir, 'benchmarks-chart.svg'), chartSvg(results))
}
