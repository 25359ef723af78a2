// Reads a request body up to a size limit, and stops reading as soon as the limit is passed, so an
// oversized body is never held in memory.
import type {IncomingMessage} from 'node:http'

export const MAX_BODY_BYTES = 1024 * 1024

export type BodyRead = {ok: true; body: Buffer} | {ok: false; reason: 'too-large' | 'aborted'}

export function readLimitedBody(request: IncomingMessage, limitBytes = MAX_BODY_BYTES): Promise<BodyRead> {
  const declared = Number(request.headers['content-length'])
  // The declared length lets us refuse before reading a single byte.
  if (Number.isFinite(declared) && declared > limitBytes) return Promise.resolve({ok: false, reason: 'too-large'})

  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let received = 0
    const finish = (result: BodyRead) => {
      request.off('data', onData)
      request.off('end', onEnd)
      request.off('error', onError)
      request.off('close', onClose)
      resolve(result)
    }
    const onData = (chunk: Buffer) => {
      received += chunk.length
      if (received > limitBytes) {
        request.pause()
        finish({ok: false, reason: 'too-large'})
        return
      }
      chunks.push(chunk)
    }
    const onEnd = () => finish({ok: true, body: Buffer.concat(chunks)})
    const onError = () => finish({ok: false, reason: 'aborted'})
    // A close before the end means the client went away mid-body.
    const onClose = () => finish({ok: false, reason: 'aborted'})
    request.on('data', onData)
    request.on('end', onEnd)
    request.on('error', onError)
    request.on('close', onClose)
  })
}
