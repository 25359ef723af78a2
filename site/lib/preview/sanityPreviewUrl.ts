// The Presentation tool's flow: the Studio stores a short-lived secret in the dataset and opens
// the preview with it; the server checks it with a token that never leaves the server.
import {createClient} from '@sanity/client'
import {validatePreviewUrl} from '@sanity/preview-url-secret'
import type {ContentSourceConfig} from '../config/config'

type SanityConfig = Extract<ContentSourceConfig, {kind: 'sanity'}>

/** The path to open when the Studio's secret is valid; undefined when it is not. */
export async function validateStudioPreviewUrl(config: SanityConfig, url: string): Promise<string | undefined> {
  if (!config.token) return undefined
  const client = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    token: config.token,
    useCdn: false,
    ...(config.apiHost ? {apiHost: config.apiHost, useProjectHostname: false} : {}),
  })
  const {isValid, redirectTo} = await validatePreviewUrl(client, url)
  return isValid ? (redirectTo ?? '/') : undefined
}
