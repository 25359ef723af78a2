// Runs only on the editors' preview server; the public build is static and untouched by it.
import {defineMiddleware} from 'astro:middleware'
import {siteConfig} from './lib/config/config'
import {previewGate} from './lib/preview/gate'

export const onRequest = defineMiddleware((context, next) => {
  const config = siteConfig()
  return config.mode === 'preview' ? previewGate(context, next, config) : next()
})
