// Small HTTP helpers: JSON answers, bodies read with a size limit.
import type {IncomingMessage, ServerResponse} from 'node:http'
import {badRequest, LakeError} from './errors.ts'

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body)
  response.writeHead(status, {'content-type': 'application/json; charset=utf-8', ...headers})
  response.end(text)
}

export function sendError(response: ServerResponse, error: unknown) {
  if (error instanceof LakeError) return sendJson(response, error.status, error.toBody())
  const message = error instanceof Error ? error.message : String(error)
  return sendJson(response, 500, {error: {description: message, type: 'internalError'}, statusCode: 500})
}

export function readBody(request: IncomingMessage, limitBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limitBytes) {
        reject(new LakeError(413, 'payloadTooLarge', `The request body is larger than ${limitBytes} bytes.`))
        request.destroy()
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

export async function readJson<T>(request: IncomingMessage, limitBytes: number): Promise<T> {
  const text = (await readBody(request, limitBytes)).toString('utf8')
  try {
    return JSON.parse(text || '{}') as T
  } catch {
    throw new LakeError(400, 'invalidJson', 'The request body is not valid JSON.')
  }
}

/** GROQ parameters, given as `$name=<json>` in the URL. */
export function paramsFrom(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [key, value] of search) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(value)
    } catch {
      throw badRequest(`The query parameter ${key} is not JSON.`)
    }
  }
  return params
}
