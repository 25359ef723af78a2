// Project id and dataset for the Studio and the CLI. Offline, a placeholder keeps builds and schema
// checks working; `assertRealProject` stops commands that need a real project with one clear sentence.

/** Used when no project is configured; Sanity accepts it as a syntactically valid id. */
export const PLACEHOLDER_PROJECT_ID = 'offline0'

const env = typeof process === 'undefined' ? {} : process.env

export const projectId = env.SANITY_STUDIO_PROJECT_ID || env.SANITY_PROJECT_ID || PLACEHOLDER_PROJECT_ID
export const dataset = env.SANITY_STUDIO_DATASET || env.SANITY_DATASET || 'production'

if (!/^[a-z0-9-]+$/.test(projectId)) {
  throw new Error(`SANITY_PROJECT_ID must contain only lowercase letters, digits and dashes; got "${projectId}".`)
}
if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(dataset)) {
  throw new Error(`SANITY_DATASET must be lowercase letters, digits, "_" or "-" (at most 64); got "${dataset}".`)
}

export const hasRealProject = projectId !== PLACEHOLDER_PROJECT_ID

/** Where the draft preview server runs (npm run preview:drafts), for the Presentation tool. */
export const previewUrl = env.SANITY_STUDIO_PREVIEW_URL || 'http://localhost:4322'
