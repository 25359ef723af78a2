// @ts-check
import {existsSync} from 'node:fs'
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import {defineConfig} from 'astro/config'
import {siteConfig} from './site/lib/config.ts'
import {mediaIntegration} from './site/lib/mediaIntegration.ts'
import {unusedScriptsIntegration} from './site/lib/unusedScriptsIntegration.ts'

// A local .env fills in what the shell did not set, before the configuration is read once.
if (existsSync('.env')) process.loadEnvFile('.env')

const config = siteConfig()

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  output: 'static',
  site: config.siteUrl,
  ...(config.cacheDir ? {cacheDir: config.cacheDir} : {}),
  trailingSlash: 'ignore',
  build: {format: 'directory', inlineStylesheets: 'always'},
  integrations: [react(), sitemap(), mediaIntegration(), unusedScriptsIntegration()],
})
