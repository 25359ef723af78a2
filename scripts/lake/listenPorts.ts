// Browsers open at most six connections to one plain-HTTP host, and every listener or live-events
// stream (Server-Sent Events) holds one for as long as it runs; the Studio keeps six or more open, after which
// its queries wait forever. sanity.io avoids this with HTTP/2, which browsers speak only over TLS.
// So a browser's listen request is redirected to one of a pool of extra ports on this machine,
// each carrying a few streams: every port is a host of its own to the browser. The redirect
// carries a short-lived ticket signed with the token, because browsers drop the Authorization
// header when a redirect leads to another origin.
import {createHmac, timingSafeEqual} from 'node:crypto'
import {createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'

/** Streams per extra port: fewer than six, so a few ordinary requests still fit beside them. */
const STREAMS_PER_PORT = 4
const TICKET_LIFETIME_MS = 60_000

interface ListenPort {
  server: Server
  port: number
  streams: number
}

export interface ListenPorts {
  /** The URL to redirect a browser's listen request to. */
  redirectFor(request: IncomingMessage, url: URL): Promise<string>
  close(): Promise<void>
}

const sign = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('base64url')

/**
 * What a ticket signs: the path and the decoded parameters, without the ticket. Browsers may
 * re-encode some characters of a redirect's address, so the encoded text is not compared.
 */
function unticketed(url: URL): string {
  const params = [...url.searchParams].filter(([key]) => key !== 'lakeTicket')
  return JSON.stringify([decodeURIComponent(url.pathname), params])
}

export function ticketIsValid(secret: string, url: URL, now = Date.now()): boolean {
  const ticket = url.searchParams.get('lakeTicket') ?? ''
  const [expiry = '', signature = ''] = ticket.split('.')
  if (!(Number(expiry) > now)) return false
  const expected = Buffer.from(sign(secret, `${expiry}:${unticketed(url)}`))
  const given = Buffer.from(signature)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export function createListenPorts(options: {secret: string; host: string; handler: RequestListener}): ListenPorts {
  const ports: ListenPort[] = []

  async function openPort(): Promise<ListenPort> {
    const entry: ListenPort = {server: createServer(), port: 0, streams: 0}
    entry.server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      const isStream = request.method === 'GET'
      if (isStream) {
        entry.streams++
        response.on('close', () => entry.streams--)
      }
      void options.handler(request, response)
    })
    entry.server.requestTimeout = 0
    await new Promise<void>((resolve, reject) => {
      entry.server.once('error', reject)
      entry.server.listen(0, options.host, resolve)
    })
    entry.port = (entry.server.address() as AddressInfo).port
    ports.push(entry)
    return entry
  }

  return {
    async redirectFor(request, url) {
      const entry = ports.find((candidate) => candidate.streams < STREAMS_PER_PORT) ?? (await openPort())
      // Counted now, so listens that arrive together spread over the ports.
      entry.streams++
      setTimeout(() => entry.streams--, 5000).unref()
      const expiry = String(Date.now() + TICKET_LIFETIME_MS)
      const target = new URL(url)
      target.searchParams.delete('lakeTicket')
      const signature = sign(options.secret, `${expiry}:${unticketed(target)}`)
      target.searchParams.set('lakeTicket', `${expiry}.${signature}`)
      const host = (request.headers.host ?? 'localhost').replace(/:\d+$/, '')
      return `http://${host}:${entry.port}${target.pathname}${target.search}`
    },
    async close() {
      for (const entry of ports) {
        entry.server.closeAllConnections()
        await new Promise<void>((resolve) => entry.server.close(() => resolve()))
      }
    },
  }
}
