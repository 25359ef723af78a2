// `npm run content:report`: the reading level of every published document, read from where the
// site builds from (the local Content Lake over the starter dataset, or the Sanity project when
// SANITY_PROJECT_ID is set).
import {siteConfig} from '../site/lib/config/config.ts'
import {createContentSource} from '../site/lib/content/openSource.ts'
import {TRANSLATION_METADATA_TYPE} from '../schemas/lib/languages.ts'
import {formatReadingReport, readingRows, type ReportDocument} from './content/readingReport.ts'

/**
 * Every published document except assets and the links between translations (which hold no words),
 * as stored: the one place this report reads content.
 */
async function publishedDocuments(): Promise<{documents: ReportDocument[]; label: string}> {
  const source = await createContentSource(siteConfig().source, 'published')
  const documents = await source.fetch<ReportDocument[]>(
    /* groq */ `*[!(_id in path("drafts.**")) && !(_type match "sanity.*") && _type != $metadata] | order(_type asc, _id asc)`,
    {metadata: TRANSLATION_METADATA_TYPE},
  )
  return {documents, label: source.label}
}

try {
  const {documents, label} = await publishedDocuments()
  console.log(formatReadingReport(readingRows(documents), label))
} catch (error) {
  console.error(`content:report: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
