// What the Studio and the CLI are configured with: the project and dataset, the local Content Lake's
// address and token, and the preview server's address. Without a Sanity project, the Studio works
// on the local Content Lake (`npm run studio` / `npm start` start it and hand the Studio its
// address and write token); with one, it uses sanity.io.
import {DEFAULT_LAKE_PORT, LOCAL_PROJECT_ID} from '../scripts/lake/address.ts'

/**
 * One variable, or undefined when it is unset or empty. Each is read as a literal `process.env.NAME`
 * expression, because that is what the Studio's bundler replaces with its value (for SANITY_STUDIO_*
 * names only; in the browser `process` itself may not exist, hence the try). Variables without the
 * SANITY_STUDIO_ prefix reach only the CLI, which runs in Node.
 */
function fromEnv(read: () => string | undefined): string | undefined {
  try {
    return read() || undefined
  } catch {
    return undefined
  }
}

const configuredProjectId = fromEnv(() => process.env.SANITY_STUDIO_PROJECT_ID) ?? fromEnv(() => process.env.SANITY_PROJECT_ID)

/** True when no Sanity project is configured: content lives in the local Content Lake. */
export const usesLocalLake = !configuredProjectId

export const projectId = configuredProjectId ?? LOCAL_PROJECT_ID
export const dataset =
  fromEnv(() => process.env.SANITY_STUDIO_DATASET) ?? fromEnv(() => process.env.SANITY_DATASET) ?? 'production'

if (!/^[a-z0-9-]+$/.test(projectId)) {
  throw new Error(`SANITY_PROJECT_ID must contain only lowercase letters, digits and dashes; got "${projectId}".`)
}
if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(dataset)) {
  throw new Error(`SANITY_DATASET must be lowercase letters, digits, "_" or "-" (at most 64); got "${dataset}".`)
}

/** The local lake's address as the browser reaches it (the Studio adds the project id as a subdomain). */
export const localLakeUrl = fromEnv(() => process.env.SANITY_STUDIO_LAKE_URL) ?? `http://localhost:${DEFAULT_LAKE_PORT}`
/** The local lake's write token, handed over by `npm run studio`; never set for a real project. */
export const localLakeToken = usesLocalLake ? (fromEnv(() => process.env.SANITY_STUDIO_LAKE_TOKEN) ?? '') : ''

/** Where the draft preview server runs (npm run preview:drafts), for the Presentation tool. */
export const previewUrl = fromEnv(() => process.env.SANITY_STUDIO_PREVIEW_URL) ?? 'http://localhost:4322'
