// A port on this machine with nothing listening on it, found by listening on port 0 and letting go:
// for services that must be told their port before they start (the local loop, tests, the bench).
import {createServer} from 'node:net'

export async function freePort(host = '127.0.0.1'): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, host, resolve))
  const address = probe.address()
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  if (!address || typeof address === 'string') throw new Error(`No free port on ${host}.`)
  return address.port
}
