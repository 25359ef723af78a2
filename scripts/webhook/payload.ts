// Reads the document ids out of a delivery: the GROQ projection REBUILD_WEBHOOK_PROJECTION
// (configured as docs/deploy.md says), or a list of them.
import {z} from 'zod'
import {REBUILD_WEBHOOK_PROJECTION} from './rebuildWebhook.ts'

const change = z.object({
  _id: z.string().min(1),
  _type: z.string().min(1),
  operation: z.enum(['create', 'update', 'delete']).optional(),
})

const deliverySchema = z.union([change, z.array(change).min(1)])

export type DeliveryParse = {ok: true; ids: string[]} | {ok: false; message: string}

/** Drafts and release versions never reach the published site, so they never need a rebuild. */
const isUnpublished = (id: string) => id.startsWith('drafts.') || id.startsWith('versions.')

/** The ids of the published documents a delivery reports, each once. */
export function parseDelivery(rawBody: string): DeliveryParse {
  let json: unknown
  try {
    json = JSON.parse(rawBody)
  } catch {
    return {ok: false, message: 'The body is not JSON.'}
  }
  const parsed = deliverySchema.safeParse(json)
  if (!parsed.success) {
    return {
      ok: false,
      message: `The body is not the expected projection: set the webhook projection to ${REBUILD_WEBHOOK_PROJECTION}.`,
    }
  }
  const changes = Array.isArray(parsed.data) ? parsed.data : [parsed.data]
  return {ok: true, ids: [...new Set(changes.map((entry) => entry._id).filter((id) => !isUnpublished(id)))]}
}
