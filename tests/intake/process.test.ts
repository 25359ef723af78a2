// The receiver as `npm run intake` runs it: a separate Node process, configured by its environment,
// killed outright, started again.
import {existsSync, mkdtempSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {simpleParser} from 'mailparser'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {
  expectNothingOf,
  formFields,
  makeCertificate,
  person,
  postForm,
  readTree,
  REMOTE_MAIL_HOST,
  SITE_ORIGIN,
  sleep,
  startMailServer,
  testEnv,
  waitFor,
  type Person,
  type TestCertificate,
} from './support.ts'
import {ROOT} from '../support/paths'
import {startServiceProcess, stopAll, type ServiceProcess} from '../support/serviceProcess'

const MAIN = path.join(ROOT, 'scripts/intake/main.ts')

const outputs: Array<() => string> = []
const people: Person[] = []
let certificate: TestCertificate

beforeAll(async () => {
  certificate = await makeCertificate()
})

afterEach(stopAll)

afterAll(() => {
  const all = outputs.map((output) => output()).join('\n')
  expect(all).toMatch(/accepted inquiry/)
  for (const who of people) expectNothingOf(who, all, "the receiver's output")
})

function startReceiver(env: Record<string, string>, cwd = mkdtempSync(path.join(tmpdir(), 'intake-cwd-'))): ServiceProcess {
  // Only what the test gives it: no INTAKE_ variable or SITE_URL of the shell leaks in.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('INTAKE_') && name !== 'SITE_URL'),
  )
  const receiver = startServiceProcess(MAIN, {...inherited, ...env}, cwd)
  outputs.push(receiver.output)
  return receiver
}

function someone(tag: string): Person {
  const who = person(tag)
  people.push(who)
  return who
}

describe('the receiver process', () => {
  it('refuses to start without the site it serves, naming the variable, with exit code 1', async () => {
    const receiver = startReceiver({INTAKE_MAILBOX_DIR: 'mailbox'})
    expect(await receiver.exited).toBe(1)
    expect(receiver.output()).toMatch(/^INTAKE_SITE_URL is not set: /)
  })

  it('refuses to start without a mail server or a local mailbox, naming the variable', async () => {
    const receiver = startReceiver({INTAKE_SITE_URL: SITE_ORIGIN})
    expect(await receiver.exited).toBe(1)
    expect(receiver.output()).toMatch(/^INTAKE_SMTP_HOST is not set: .*INTAKE_MAILBOX_DIR/)
  })

  it('in local development, writes one readable message file per inquiry, and says so when it starts', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'intake-local-'))
    const env = {INTAKE_SITE_URL: SITE_ORIGIN, INTAKE_MAILBOX_DIR: 'mailbox', INTAKE_PORT: '0'}
    const first = startReceiver(env, cwd)
    const url = await first.url
    expect(first.output()).toMatch(/local development delivery: one message file per inquiry in .*mailbox, no e-mail is sent/)
    // The spool key is made once, in the git-ignored data folder, readable by its owner only.
    const keyFile = path.join(cwd, '.data/intake/spool.key')
    expect(statSync(keyFile).mode & 0o777).toBe(0o600)
    const key = readFileSync(keyFile, 'utf8')

    const who = someone('mailbox')
    expect((await postForm(url, formFields(who))).status).toBe(303)
    const mailbox = path.join(cwd, 'mailbox')
    const messages = () => (existsSync(mailbox) ? readdirSync(mailbox).filter((name) => name.endsWith('.eml')) : [])
    const [file] = await waitFor(() => messages().length > 0 && messages())
    expect(file).toMatch(/^inquiry-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ-[0-9a-f]{8}\.eml$/)
    const raw = readFileSync(path.join(mailbox, file ?? ''), 'utf8')
    // Readable as it is, and by any mail program.
    expect(raw).toContain(`Name: ${who.name}`)
    const parsed = await simpleParser(raw)
    expect(parsed.text).toContain(who.message)
    expect(parsed.subject).toMatch(/^Call-back request from the website/)
    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)

    const second = startReceiver(env, cwd)
    await second.url
    expect(readFileSync(keyFile, 'utf8')).toBe(key)
    expect(second.output()).not.toMatch(/made a spool key/)
  })

  it('delivers an inquiry exactly once after being killed right after thanking the visitor', async () => {
    // The mail server takes the message in but does not accept it while the first process lives.
    const mail = await startMailServer({host: REMOTE_MAIL_HOST, certificate, hold: true})
    try {
      const env = testEnv({...mail, caFile: certificate.caFile})
      const spoolDir = path.join(env.INTAKE_DATA_DIR, 'spool')
      const first = startReceiver(env)
      const who = someone('sigkill')

      const response = await postForm(await first.url, formFields(who))
      expect(response.status).toBe(303)
      first.child.kill('SIGKILL')
      await first.exited

      // What survived the kill: one encrypted file, and nothing in it anyone could read.
      const spooled = readTree(spoolDir)
      expect(spooled.map(({file}) => path.basename(file))).toEqual([expect.stringMatching(/\.inquiry$/)])
      for (const {file, text} of spooled) expectNothingOf(who, text, file)
      expect(mail.received).toEqual([])

      mail.hold = false
      const second = startReceiver(env)
      await second.url
      await waitFor(() => mail.received.length > 0, 8000)
      await waitFor(() => readTree(spoolDir).length === 0)
      // Time for a duplicate to show up, if there were going to be one.
      await sleep(800)
      expect(mail.received).toHaveLength(1)
      expect(mail.received[0]?.secure).toBe(true)
      expect(mail.received[0]?.parsed.text).toContain(who.name)
      expect(second.output()).toMatch(/spool holds 1 from before/)
    } finally {
      await mail.close()
    }
  })
})
