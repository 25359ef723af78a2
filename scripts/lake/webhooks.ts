// GROQ-powered webhooks like sanity.io's: after each transaction, every changed document that
// passes a webhook's filter is projected, signed with @sanity/webhook exactly as Sanity signs, and
// POSTed to the webhook's URL; a receiver that is down is retried with backoff.
import {encodeSignatureHeader} from '@sanity/webhook'
import {evaluate, parse} from 'groq-js'
import {isPublishedId} from './ids.ts'
import type {LakeDocument, Transaction} from './types.ts'

export interface WebhookConfig {
  /** For logs and the `sanity-webhook-id` header. */
  name: string
  url: string
  secret?: string
  /** A GROQ filter, as in sanity.io's webhook form (empty: every document). */
  filter?: string
  /** A GROQ projection such as `{_id, _type, "operation": delta::operation()}` (empty: the document). */
  projection?: string
  /** Which changes trigger it; all three by default. */
  on?: ('create' | 'update' | 'delete')[]
  /** Off by default, as on sanity.io: drafts and versions trigger nothing. */
  includeDrafts?: boolean
}

export interface WebhookLog {
  info(message: string): void
  warn(message: string): void
}

const RETRY_DELAYS_MS = [1000, 2000, 5000, 10_000, 30_000, 60_000]

export interface WebhookDelivery {
  webhook: WebhookConfig
  body: string
  documentId: string
  transaction: Transaction
}

/** Each webhook's filter and projection, parsed on first use and kept: they never change. */
const parsedQueries = new WeakMap<WebhookConfig, {filter: ReturnType<typeof parse>; projection?: ReturnType<typeof parse>}>()

function queriesOf(webhook: WebhookConfig) {
  let parsed = parsedQueries.get(webhook)
  if (!parsed) {
    const projection = webhook.projection?.trim()
    parsed = {
      filter: parse(`count(*[${webhook.filter?.trim() || 'true'}]) > 0`),
      projection: projection ? parse(`*[0]${projection}`) : undefined,
    }
    parsedQueries.set(webhook, parsed)
  }
  return parsed
}

/** The deliveries a transaction causes. */
async function deliveriesFor(transaction: Transaction, webhooks: WebhookConfig[]): Promise<WebhookDelivery[]> {
  const deliveries: WebhookDelivery[] = []
  for (const webhook of webhooks) {
    for (const change of transaction.documents) {
      if (!webhook.includeDrafts && !isPublishedId(change.id)) continue
      const operation = !change.before ? 'create' : !change.after ? 'delete' : 'update'
      if (webhook.on && !webhook.on.includes(operation)) continue
      const doc = (change.after ?? change.before) as LakeDocument
      const context = {dataset: [doc], before: change.before, after: change.after, params: {}}
      const {filter, projection} = queriesOf(webhook)
      const passes = (await (await evaluate(filter, context)).get()) as boolean
      if (!passes) continue
      const body = projection ? await (await evaluate(projection, context)).get() : doc
      deliveries.push({webhook, body: JSON.stringify(body), documentId: change.id, transaction})
    }
  }
  return deliveries
}

export interface WebhookSender {
  /** Queues the deliveries of a transaction. */
  send(transaction: Transaction): void
  /** Deliveries not yet accepted by their receiver. */
  pending(): number
  stop(): void
}

export function createWebhookSender(
  webhooks: WebhookConfig[],
  {projectId, dataset, log}: {projectId: string; dataset: string; log: WebhookLog},
): WebhookSender {
  let waiting = 0
  const timers = new Set<NodeJS.Timeout>()
  let stopped = false

  async function attempt(delivery: WebhookDelivery, attemptNumber: number): Promise<void> {
    const {webhook, body, transaction} = delivery
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'Sanity.io webhook delivery (local Content Lake)',
      'idempotency-key': `${transaction.id}#${delivery.documentId}#${webhook.name}`,
      'sanity-project-id': projectId,
      'sanity-dataset': dataset,
      'sanity-document-id': delivery.documentId,
      'sanity-transaction-id': transaction.id,
      'sanity-transaction-time': transaction.timestamp,
      'sanity-webhook-id': webhook.name,
    }
    // Signed again at each attempt, so a retry carries a fresh timestamp.
    if (webhook.secret) headers['sanity-webhook-signature'] = await encodeSignatureHeader(body, Date.now(), webhook.secret)
    let outcome: string
    try {
      const response = await fetch(webhook.url, {method: 'POST', headers, body, signal: AbortSignal.timeout(30_000)})
      await response.arrayBuffer().catch(() => undefined)
      if (response.ok) {
        log.info(`webhook "${webhook.name}": delivered ${delivery.documentId} (${response.status})`)
        return
      }
      outcome = `answered ${response.status}`
      // A receiver that refuses the request itself (other than rate limiting) will refuse it again.
      if (response.status >= 400 && response.status < 500 && response.status !== 429 && response.status !== 408) {
        log.warn(`webhook "${webhook.name}": ${webhook.url} ${outcome}; not retried`)
        return
      }
    } catch (error) {
      outcome = `could not be reached (${(error as Error).message})`
    }
    const delay = RETRY_DELAYS_MS[attemptNumber]
    if (delay === undefined || stopped) {
      log.warn(`webhook "${webhook.name}": ${webhook.url} ${outcome}; gave up after ${attemptNumber + 1} attempts`)
      return
    }
    log.warn(`webhook "${webhook.name}": ${webhook.url} ${outcome}; retrying in ${delay / 1000} s`)
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        resolve()
      }, delay)
      timers.add(timer)
    })
    if (!stopped) return attempt(delivery, attemptNumber + 1)
  }

  return {
    send(transaction) {
      if (webhooks.length === 0) return
      void deliveriesFor(transaction, webhooks).then(
        (deliveries) => {
          for (const delivery of deliveries) {
            waiting++
            void attempt(delivery, 0).finally(() => waiting--)
          }
        },
        (error: unknown) => log.warn(`webhooks: ${(error as Error).message}`),
      )
    },
    pending: () => waiting,
    stop() {
      stopped = true
      for (const timer of timers) clearTimeout(timer)
    },
  }
}
