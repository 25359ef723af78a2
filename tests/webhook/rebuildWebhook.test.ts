// The rebuild webhook is one fact: the filter and projection `npm start` gives the local Content
// Lake are the ones docs/deploy.md tells a clinic to set on sanity.io, and the filter lets through
// every document the site reads, translations and the links between them included.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {schemaTypes} from '../../schemas'
import {TRANSLATION_METADATA_TYPE} from '../../schemas/lib/languages'
import {REBUILD_WEBHOOK_FILTER, REBUILD_WEBHOOK_PROJECTION, REBUILT_FOR_TYPES} from '../../scripts/webhook/rebuildWebhook.ts'
import {ROOT} from '../support/paths'

const deployGuide = readFileSync(path.join(ROOT, 'docs/deploy.md'), 'utf8')
/** The value cell of a row of the guide's webhook table. */
const tableValue = (field: string) => new RegExp(`^\\| ${field} +\\| \`([^\`]+)\``, 'm').exec(deployGuide)?.[1]

describe('the rebuild webhook', () => {
  it('is triggered by every document type of the content model and by the links between translations', () => {
    const documentTypes = schemaTypes.filter((type) => type.type === 'document').map((type) => type.name)
    expect([...REBUILT_FOR_TYPES].sort()).toEqual([...documentTypes, TRANSLATION_METADATA_TYPE].sort())
  })

  it('is configured on sanity.io, in the deployment guide, exactly as npm start configures it locally', () => {
    expect(tableValue('Filter')).toBe(REBUILD_WEBHOOK_FILTER)
    expect(tableValue('Projection')).toBe(REBUILD_WEBHOOK_PROJECTION)
  })
})
