// @ts-check
import {existsSync} from 'node:fs'
import node from '@astrojs/node'
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import {defineConfig} from 'astro/config'
import {siteConfig} from './site/lib/config/config.ts'
import {hostFilesIntegration} from './site/lib/build/hostFilesIntegration.ts'
import {isInquiryResultPath} from './site/lib/pages/inquiryForm.ts'
import {mediaIntegration} from './site/lib/build/mediaIntegration.ts'
import {visualEditingIntegration} from './site/lib/preview/visualEditingIntegration.ts'
import {sampleContentIntegration} from './site/lib/build/sampleContentIntegration.ts'
import {sitemapAlternates} from './site/lib/build/sitemapAlternates.ts'
import {unusedScriptsIntegration} from './site/lib/build/unusedScriptsIntegration.ts'

// A local .env fills in what the shell did not set, before the configuration is read once.
if (existsSync('.env')) process.loadEnvFile('.env')

const config = siteConfig()
// The public site is static. SITE_MODE=preview builds the editors' draft preview instead: the same
// pages, rendered on request by a Node server (npm run preview:drafts).
const preview = config.mode === 'preview'
// Read from the built pages' hreflang links before the sitemap integration writes the sitemap.
// The form's thank-you and not-sent pages mean something only right after a post; the not-found
// pages are no destination.
/** @param {string} pathname */
const isListedPath = (pathname) => !isInquiryResultPath(pathname) && !pathname.endsWith('/404/')
const alternates = sitemapAlternates()

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  output: preview ? 'server' : 'static',
  ...(preview ? {adapter: node({mode: 'standalone'}), outDir: './dist-preview'} : {}),
  site: config.siteUrl,
  // A build with its own cache keeps Vite's there too: builds side by side (the preview and the
  // public site in `npm start`, the tests) would otherwise re-optimize into one node_modules/.vite.
  ...(config.cacheDir ? {cacheDir: config.cacheDir, vite: {cacheDir: `${config.cacheDir}/vite`}} : {}),
  trailingSlash: 'ignore',
  build: {format: 'directory', inlineStylesheets: 'always'},
  // Class names instead of data attributes for scoped styles: smaller pages, same specificity.
  scopedStyleStrategy: 'class',
  // Content pages whose cache key (site/lib/build/cacheKeys.ts) and code are unchanged are copied
  // from the last build instead of rendered: a one-document edit re-renders the pages that show it.
  experimental: {incrementalBuild: true},
  integrations: [
    react(),
    // The preview has no sitemap, and its pages load the click-to-edit overlays.
    ...(preview
      ? [visualEditingIntegration()]
      : [
          alternates.integration,
          sitemap({filter: (page) => isListedPath(new URL(page).pathname), serialize: alternates.serialize}),
        ]),
    mediaIntegration(),
    unusedScriptsIntegration(),
    hostFilesIntegration(),
    sampleContentIntegration(),
  ],
})
