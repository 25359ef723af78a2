// The Studio's `socket/<dataset>` WebSocket (Sanity's "bifur": JSON-RPC 2.0 for presence), answered
// so the Studio connects and carries on: the lake has one local user, so there is nobody else's
// presence to report. Every call gets a valid answer; subscriptions stay quiet; a heartbeat keeps
// the Studio from reconnecting.
import type {IncomingMessage} from 'node:http'
import type {Duplex} from 'node:stream'
import {WebSocketServer, type WebSocket} from 'ws'
import {randomId} from './ids.ts'

const HEARTBEAT_MS = 15_000

interface Call {
  jsonrpc?: string
  id?: string
  method?: string
}

function answer(socket: WebSocket, call: Call) {
  if (!call.id || typeof call.method !== 'string') return
  let result: unknown = null
  if (call.method === 'authorization') result = true
  else if (call.method.endsWith('_subscribe')) result = randomId(16)
  else if (call.method.endsWith('_unsubscribe')) result = true
  socket.send(JSON.stringify({jsonrpc: '2.0', id: call.id, result}))
}

export function createPresenceSocket(isAllowedOrigin: (origin: string | undefined) => boolean) {
  const server = new WebSocketServer({noServer: true})
  server.on('connection', (socket) => {
    const heartbeat = setInterval(() => socket.send('♥'), HEARTBEAT_MS)
    socket.on('message', (data) => {
      try {
        answer(socket, JSON.parse(String(data)) as Call)
      } catch {
        // Not JSON-RPC: the Studio never sends that; ignore it.
      }
    })
    socket.on('close', () => clearInterval(heartbeat))
  })
  return {
    /** For the HTTP server's `upgrade` event. */
    upgrade(request: IncomingMessage, connection: Duplex, head: Buffer) {
      const pathname = new URL(request.url ?? '/', 'http://localhost').pathname
      if (!/^\/v[^/]+\/socket\/[^/]+$/.test(pathname) || !isAllowedOrigin(request.headers.origin)) {
        connection.end('HTTP/1.1 404 Not Found\r\n\r\n')
        return
      }
      server.handleUpgrade(request, connection, head, (socket) => server.emit('connection', socket, request))
    },
    close() {
      for (const client of server.clients) client.terminate()
      server.close()
    },
  }
}
