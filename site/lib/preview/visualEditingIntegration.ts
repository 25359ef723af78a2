// Click-to-edit overlays (the Studio's Presentation tool) for the editors' preview build only. The
// script is injected into preview builds alone: as an Astro component's script it was bundled into
// every build, and the overlay library's styles (8 KB) landed in every public page.
import {fileURLToPath} from 'node:url'
import type {AstroIntegration} from 'astro'

const OVERLAY_SCRIPT = fileURLToPath(new URL('./visualEditing.ts', import.meta.url))

export function visualEditingIntegration(): AstroIntegration {
  return {
    name: 'clinic-visual-editing',
    hooks: {
      'astro:config:setup': ({injectScript}) => injectScript('page', `import ${JSON.stringify(OVERLAY_SCRIPT)}`),
    },
  }
}
