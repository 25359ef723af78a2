// `data/listen`: Server-Sent Events for the documents a GROQ filter matches. A welcome event, then
// one mutation event per matching document in each transaction, carrying its effects in mendoza
// form (a patch made of one literal value: the document after, or before to revert), which the
// Studio applies with mendoza's applyPatch.
import type {IncomingMessage, ServerResponse} from 'node:http'
import {evaluate, parse} from 'groq-js'
import type {Dataset} from './dataset.ts'
import {LakeError} from './errors.ts'
import {paramsFrom} from './http.ts'
import {randomId} from './ids.ts'
import type {LakeDocument, Transaction} from './types.ts'

const KEEPALIVE_MS = 20_000

interface ListenOptions {
  /** The filter, parsed once for the listener's lifetime. */
  filter: ReturnType<typeof parse>
  params: Record<string, unknown>
  includeResult: boolean
  includePreviousRevision: boolean
  includeMutations: boolean
  events: Set<string>
  mendoza: boolean
}

/** Reads the listener's options; a filter that does not parse throws before the stream starts (a 400). */
function listenOptions(search: URLSearchParams): ListenOptions {
  const params = paramsFrom(search)
  const flag = (name: string, fallback: boolean) => (search.has(name) ? search.get(name) !== 'false' : fallback)
  const events = search.getAll('events').flatMap((value) => value.split(','))
  let filter: ListenOptions['filter']
  try {
    filter = parse(search.get('query') ?? '*', {params})
  } catch (error) {
    throw new LakeError(400, 'queryParseError', (error as Error).message)
  }
  return {
    filter,
    params,
    includeResult: flag('includeResult', true),
    includePreviousRevision: flag('includePreviousRevision', false),
    includeMutations: flag('includeMutations', true),
    events: new Set(events.length > 0 ? events : ['welcome', 'mutation']),
    mendoza: search.get('effectFormat') === 'mendoza',
  }
}

async function matches({filter, params}: ListenOptions, doc: LakeDocument | null): Promise<boolean> {
  if (!doc) return false
  const result = await (await evaluate(filter, {dataset: [doc], params})).get()
  return Array.isArray(result) ? result.length > 0 : result !== null && result !== undefined
}

/** The mutations of a transaction that touch `id`. */
function mutationsOf(transaction: Transaction, id: string) {
  return transaction.mutations.filter((mutation) => {
    const body = Object.values(mutation)[0] as {_id?: unknown; id?: unknown} | undefined
    return body?._id === id || body?.id === id || (body !== undefined && body._id === undefined && body.id === undefined)
  })
}

type Send = (event: string, data: unknown, id?: string) => void

/**
 * Answers with a Server-Sent Events stream that lasts as long as the client stays: `follow` sends
 * its first events and returns how to stop following; comments keep idle connections open.
 */
function eventStream(request: IncomingMessage, response: ServerResponse, follow: (send: Send) => () => void) {
  response.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
  })
  const send: Send = (event, data, id) =>
    response.write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
  const unfollow = follow(send)
  const keepalive = setInterval(() => response.write(': keepalive\n\n'), KEEPALIVE_MS)
  const stop = () => {
    clearInterval(keepalive)
    unfollow()
  }
  request.on('close', stop)
  response.on('error', stop)
}

export function handleListen(request: IncomingMessage, response: ServerResponse, dataset: Dataset, search: URLSearchParams) {
  const options = listenOptions(search)
  eventStream(request, response, (send) => {
    if (options.events.has('welcome')) send('welcome', {listenerName: `lake-${randomId(12)}`})
    // Transactions are handled in order even though matching is asynchronous.
    let chain = Promise.resolve()
    return dataset.onCommit((transaction) => {
      chain = chain
        .then(async () => {
          if (!options.events.has('mutation')) return
          const matching: {before: LakeDocument | null; after: LakeDocument | null; id: string; transition: string}[] = []
          for (const change of transaction.documents) {
            const before = await matches(options, change.before)
            const after = await matches(options, change.after)
            if (!before && !after) continue
            matching.push({...change, transition: before && after ? 'update' : after ? 'appear' : 'disappear'})
          }
          for (const [index, change] of matching.entries()) {
            const eventId = `${transaction.id}#${change.id}`
            send(
              'mutation',
              {
                eventId,
                documentId: change.id,
                transactionId: transaction.id,
                transition: change.transition,
                identity: transaction.author,
                ...(options.includeMutations ? {mutations: mutationsOf(transaction, change.id)} : {}),
                ...(options.includeResult && change.after ? {result: change.after} : {}),
                ...(options.includePreviousRevision && change.before ? {previous: change.before} : {}),
                ...(change.before?._rev ? {previousRev: change.before._rev} : {}),
                ...(change.after ? {resultRev: transaction.id} : {}),
                timestamp: transaction.timestamp,
                visibility: 'query',
                ...(options.mendoza ? {effects: {apply: [0, change.after], revert: [0, change.before]}} : {}),
                transactionTotalEvents: matching.length,
                transactionCurrentEvent: index + 1,
              },
              eventId,
            )
          }
        })
        .catch(() => undefined)
    })
  })
}

/** The one sync tag the lake gives every query result: any change may affect any query. */
export const LAKE_SYNC_TAG = 's1:lake'

/**
 * `data/live/events` (the Live Content API that live queries and the Presentation tool use): a
 * welcome, then after every transaction a message naming the sync tag of every query result, so
 * live queries fetch again. Coarser than sanity.io's per-query tags, never stale.
 */
export function handleLiveEvents(request: IncomingMessage, response: ServerResponse, dataset: Dataset) {
  eventStream(request, response, (send) => {
    send('welcome', {})
    return dataset.onCommit((transaction) => send('message', {tags: [LAKE_SYNC_TAG]}, transaction.id))
  })
}
