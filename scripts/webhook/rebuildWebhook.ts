// The Sanity webhook that asks for a rebuild, as docs/deploy.md tells a clinic to configure it on
// sanity.io and as `npm start` configures it on the local Content Lake: which documents trigger
// it, and the projection parseDelivery (payload.ts) reads.
import {TRANSLATION_METADATA_TYPE} from '../../schemas/lib/languages.ts'

/**
 * Every document type the site shows, and the translation plugin's links between a document and
 * its translations: the language switch and the hreflang alternates are read from them, and
 * linking an existing translation changes only that document.
 */
export const REBUILT_FOR_TYPES = [
  'siteSettings',
  'homePage',
  'page',
  'program',
  'condition',
  'therapy',
  'accreditation',
  'person',
  'faq',
  TRANSLATION_METADATA_TYPE,
] as const

export const REBUILD_WEBHOOK_FILTER = `_type in ${JSON.stringify(REBUILT_FOR_TYPES)}`

export const REBUILD_WEBHOOK_PROJECTION = '{_id, _type, "operation": delta::operation()}'
