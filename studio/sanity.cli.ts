import {defineCliConfig} from 'sanity/cli'
import {dataset, projectId} from './env'

export default defineCliConfig({
  api: {projectId, dataset},
  // The Studio is deployed to <studioHost>.sanity.studio by `sanity deploy`.
  studioHost: process.env.SANITY_STUDIO_HOST || undefined,
  deployment: {autoUpdates: false},
  // The CLI runs from this folder, but the Studio's packages live in the root node_modules.
  vite: (config) => ({...config, server: {...config.server, fs: {allow: ['..']}}}),
})
