// What the lake acknowledged survives `kill -9`, and what it refuses stays refused: the journal is
// flushed before each answer, a torn last line is dropped, and the lake listens on loopback only.
import {spawn} from 'node:child_process'
import {appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {networkInterfaces, tmpdir} from 'node:os'
import path from 'node:path'
import {request as httpRequest} from 'node:http'
import {createConnection} from 'node:net'
import {afterAll, describe, expect, it} from 'vitest'
import {ROOT, SEED_DIR} from '../support/paths'
import {startTestLake} from './support'

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, {recursive: true, force: true})
})

function startLakeProcess(dataDir: string, port: number) {
  const child = spawn(
    process.execPath,
    ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'scripts/lake/main.ts'],
    {
      cwd: ROOT,
      env: {...process.env, LAKE_DATA_DIR: dataDir, LAKE_PORT: String(port), SEED_DIR},
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const ready = new Promise<string>((resolve, reject) => {
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match?.[1]) resolve(match[1])
    })
    child.on('exit', () => reject(new Error(`the lake exited: ${output}`)))
  })
  return {child, ready}
}

describe('durability', () => {
  it('keeps every acknowledged mutation of a burst after SIGKILL, and the data parses', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'lake-kill-'))
    folders.push(dataDir)
    const port = 20_000 + Math.floor(Math.random() * 20_000)
    const first = startLakeProcess(dataDir, port)
    const url = await first.ready
    const token = readFileSync(path.join(dataDir, 'token'), 'utf8').trim()
    const acknowledged: string[] = []
    const send = async (index: number) => {
      try {
        const response = await fetch(`${url}/v2025-02-19/data/mutate/production`, {
          method: 'POST',
          headers: {'content-type': 'application/json', authorization: `Bearer ${token}`},
          body: JSON.stringify({mutations: [{create: {_id: `faq-burst-${index}`, _type: 'faq', question: `Burst ${index}?`}}]}),
        })
        if (response.ok) acknowledged.push(`faq-burst-${index}`)
      } catch {
        // Refused or cut off by the kill: never acknowledged.
      }
    }
    // Ten at a time; once about half are in, the kill lands while a batch is in flight.
    const exited = new Promise((resolve) => first.child.once('exit', resolve))
    for (let start = 0; start < 200; start += 10) {
      const batch = Array.from({length: 10}, (_, offset) => send(start + offset))
      if (start === 100) setTimeout(() => first.child.kill('SIGKILL'), 2)
      await Promise.all(batch)
    }
    await exited
    expect(acknowledged.length).toBeGreaterThanOrEqual(100)
    expect(acknowledged.length).toBeLessThan(200)
    // A crash in the middle of a write leaves half a line; the restart must cope with it.
    appendFileSync(path.join(dataDir, 'production', 'journal.ndjson'), '{"id":"torn","timestamp":"2026-')
    const second = startLakeProcess(dataDir, port)
    const secondUrl = await second.ready
    try {
      const query = encodeURIComponent('*[_id in $ids]._id')
      const response = await fetch(
        `${secondUrl}/v2025-02-19/data/query/production?query=${query}&%24ids=${encodeURIComponent(JSON.stringify(acknowledged))}`,
      )
      const found = ((await response.json()) as {result: string[]}).result
      expect(found.sort()).toEqual([...acknowledged].sort())
      const journal = readFileSync(path.join(dataDir, 'production', 'journal.ndjson'), 'utf8')
      for (const line of journal.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow()
    } finally {
      second.child.kill('SIGTERM')
    }
  }, 60_000)
})

describe('safety', () => {
  it('listens on 127.0.0.1 only: another interface of this machine is refused', async () => {
    const lake = await startTestLake()
    try {
      expect(new URL(lake.lake.url).hostname).toBe('127.0.0.1')
      const other = Object.values(networkInterfaces())
        .flat()
        .find((entry) => entry && entry.family === 'IPv4' && !entry.internal)
      if (other) {
        const refused = await new Promise<boolean>((resolve) => {
          const socket = createConnection({host: other.address, port: lake.lake.port})
          socket.once('connect', () => {
            socket.destroy()
            resolve(false)
          })
          socket.once('error', () => resolve(true))
        })
        expect(refused).toBe(true)
      }
    } finally {
      await lake.close()
    }
  })

  it('answers only to localhost names, so a web page cannot reach it by DNS rebinding', async () => {
    const lake = await startTestLake()
    try {
      // fetch() may not set Host; node:http may.
      const status = await new Promise<number | undefined>((resolve, reject) => {
        const request = httpRequest(`${lake.lake.url}/v1/ping`, {headers: {host: 'attacker.example'}}, (response) => {
          response.resume()
          resolve(response.statusCode)
        })
        request.on('error', reject)
        request.end()
      })
      expect(status).toBe(421)
    } finally {
      await lake.close()
    }
  })

  it('lets only the Studio origin call it from a browser', async () => {
    const lake = await startTestLake({allowedOrigins: ['http://localhost:3333']})
    try {
      const studio = await fetch(`${lake.lake.url}/v1/ping`, {headers: {origin: 'http://localhost:3333'}})
      expect(studio.headers.get('access-control-allow-origin')).toBe('http://localhost:3333')
      const other = await fetch(`${lake.lake.url}/v1/ping`, {headers: {origin: 'https://evil.example'}})
      expect(other.status).toBe(403)
    } finally {
      await lake.close()
    }
  })
})

describe('the starter dataset', () => {
  it('tells the developer when the starter dataset changed since the local data was made from it', async () => {
    const seedCopy = mkdtempSync(path.join(tmpdir(), 'lake-seed-'))
    folders.push(seedCopy)
    cpSync(SEED_DIR, seedCopy, {recursive: true})
    const warnings: string[] = []
    const log = {info: () => undefined, warn: (message: string) => warnings.push(message)}
    const first = await startTestLake({seedDir: seedCopy, log})
    const dataDir = first.dataDir
    await first.lake.close()
    expect(warnings).toEqual([])
    appendFileSync(path.join(seedCopy, 'data.ndjson'), '{"_id":"faq-new-upstream","_type":"faq","question":"New?"}\n')
    const second = await startTestLake({seedDir: seedCopy, dataDir, log})
    await second.close()
    expect(warnings.some((warning) => /changed since this data was made from it; npm run lake -- --reset/.test(warning))).toBe(
      true,
    )
    rmSync(dataDir, {recursive: true, force: true})
  })
})
