// @ts-check
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import {defineConfig} from 'astro/config'
import {siteConfig} from './site/lib/config.ts'

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  output: 'static',
  site: siteConfig().siteUrl,
  trailingSlash: 'ignore',
  build: {format: 'directory', inlineStylesheets: 'always'},
  integrations: [react(), sitemap()],
})
