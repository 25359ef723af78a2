// Ends every build of sample content with a warning. The build learns of the switch (site
// settings) from the robots.txt it just wrote, so it never asks for content a second time.
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {AstroIntegration} from 'astro'
import {SAMPLE_ROBOTS_COMMENT} from '../seo/robotsTxt'

export const SAMPLE_BUILD_WARNING =
  'This build shows SAMPLE CONTENT (site settings: "This site shows sample content" is on). Every page says ' +
  'the clinic is fictional and carries noindex, and robots.txt turns all crawlers away. Turn the switch off ' +
  'in the Studio once the content describes your real clinic.'

export function sampleContentIntegration(): AstroIntegration {
  return {
    name: 'clinic-sample-content',
    hooks: {
      'astro:build:done': async ({dir, logger}) => {
        const robots = await readFile(path.join(fileURLToPath(dir), 'robots.txt'), 'utf8').catch(() => '')
        if (robots.startsWith(SAMPLE_ROBOTS_COMMENT)) logger.warn(SAMPLE_BUILD_WARNING)
      },
    },
  }
}
