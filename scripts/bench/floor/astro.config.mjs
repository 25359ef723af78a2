// @ts-check
// The floor: plain Astro rendering the site's pages from one JSON file (written by the bench from
// the corpus), with Portable Text through @portabletext/react like the site, and nothing else.
// Packages resolve from the repository's node_modules.
import react from '@astrojs/react'
import {defineConfig} from 'astro/config'

export default defineConfig({
  output: 'static',
  site: 'https://www.example.com',
  ...(process.env.FLOOR_CACHE_DIR ? {cacheDir: process.env.FLOOR_CACHE_DIR} : {}),
  ...(process.env.FLOOR_PUBLIC_DIR ? {publicDir: process.env.FLOOR_PUBLIC_DIR} : {}),
  build: {format: 'directory', inlineStylesheets: 'always'},
  integrations: [react()],
})
