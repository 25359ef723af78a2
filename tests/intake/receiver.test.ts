// The receiver in this process, against a real SMTP server: what a visitor's post gets as an answer,
// what reaches the clinic's mailbox, what waits on disk and what the log says.
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {parseIntakeConfig} from '../../scripts/intake/config.ts'
import {startIntakeService, type RunningIntake} from '../../scripts/intake/service.ts'
import {
  captureLog,
  expectNothingOf,
  formFields,
  freePort,
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
  type CapturedLog,
  type Person,
  type TestCertificate,
  type TestMailServer,
} from './support.ts'

let certificate: TestCertificate
/** Everything the services in this file logged, and everyone whose details were posted. */
const logs: CapturedLog[] = []
const people: Person[] = []
const running: Array<{stop(): Promise<void>}> = []

beforeAll(async () => {
  certificate = await makeCertificate()
})

afterEach(async () => {
  for (const service of running.splice(0).reverse()) await service.stop()
})

afterAll(() => {
  // Checked over everything this file's receivers logged, accepted or refused.
  const all = logs.map((log) => log.text()).join('\n')
  expect(all).toMatch(/accepted inquiry/)
  for (const who of people) expectNothingOf(who, all, 'the log')
})

function someone(tag: string): Person {
  const who = person(tag)
  people.push(who)
  return who
}

async function mailServer(options: Parameters<typeof startMailServer>[0]): Promise<TestMailServer> {
  const server = await startMailServer(options)
  running.push({stop: () => server.close()})
  return server
}

async function receiver(env: Record<string, string>): Promise<{service: RunningIntake; log: CapturedLog; spoolDir: string}> {
  const log = captureLog()
  logs.push(log)
  const config = parseIntakeConfig(env)
  const service = await startIntakeService(config, {log, shutdownGraceMs: 1000})
  running.push(service)
  return {service, log, spoolDir: config.spoolDir}
}

describe('the intake receiver', () => {
  it('thanks the visitor only once the inquiry is stored, and delivers it over TLS to a server elsewhere', async () => {
    const mail = await mailServer({host: REMOTE_MAIL_HOST, certificate})
    const {service} = await receiver(testEnv({...mail, caFile: certificate.caFile}))
    const who = someone('tls')

    const response = await postForm(service.url, formFields(who))
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${SITE_ORIGIN}/get-help/thank-you/`)

    const [message] = await waitFor(() => mail.received.length > 0 && mail.received)
    expect(message?.secure).toBe(true)
    expect(message?.recipients).toEqual(['intake@clinic.example.com'])
    const text = message?.parsed.text ?? ''
    for (const value of Object.values(who)) expect(text).toContain(value)
    expect(text).toContain('Best time to reach them: Evening')
    expect(text).toMatch(/Sent: \w+day, \w+ \d+, \d{4} at \d+:\d\d:\d\d [AP]M (CST|CDT)/)
    // The subject shows up where the body does not (notifications, lock screens): nothing of the person's.
    expect(message?.parsed.subject).toMatch(/^Call-back request from the website \(ref [0-9a-f]{6}\)$/)
    expectNothingOf(who, message?.parsed.subject ?? '', 'the subject')
    expect(message?.parsed.replyTo?.value[0]?.address).toBe(who.email)

    await waitFor(() => service.status().waiting === 0)
    expect(service.status()).toMatchObject({waiting: 0, deliveredSinceStart: 1, oldestWaitingSeconds: null})
  })

  it('refuses to send in the clear to a mail server elsewhere, and keeps the inquiry until it can', async () => {
    const plain = await mailServer({host: REMOTE_MAIL_HOST})
    const {service, spoolDir} = await receiver(testEnv(plain))
    const who = someone('plain')

    expect((await postForm(service.url, formFields(who))).status).toBe(303)
    await waitFor(() => service.status().failedAttemptsSinceStart >= 2)
    expect(plain.received).toEqual([])
    expect(service.status()).toMatchObject({waiting: 1, lastFailure: {reason: expect.stringContaining('code=ETLS')}})

    // Encrypted on disk: nothing the person wrote is readable in the spool.
    const files = readTree(spoolDir)
    expect(files).toHaveLength(1)
    for (const {file, text} of files) expectNothingOf(who, text, file)
    // /status says how many wait and for how long, never what they say.
    const status = await (await fetch(`${service.url}/status`)).text()
    expect(JSON.parse(status)).toMatchObject({waiting: 1, oldestWaitingSeconds: expect.any(Number)})
    expectNothingOf(who, status, '/status')
  })

  it('sends in plain text to a mail server on this machine, where the connection never leaves it', async () => {
    const local = await mailServer({host: '127.0.0.1'})
    const {service} = await receiver(testEnv(local))
    const who = someone('local')

    expect((await postForm(service.url, formFields(who))).status).toBe(303)
    const [message] = await waitFor(() => local.received.length > 0 && local.received)
    expect(message?.secure).toBe(false)
    expect(message?.parsed.text).toContain(who.name)
  })

  it('answers each post it will not take, and sends nothing for any of them', async () => {
    const mail = await mailServer({host: REMOTE_MAIL_HOST, certificate})
    const {service, spoolDir} = await receiver(testEnv({...mail, caFile: certificate.caFile}, {INTAKE_RATE_LIMIT: '3'}))
    const who = someone('refused')
    const notSent = `${SITE_ORIGIN}/get-help/not-sent/`

    // A bot that fills in the hidden field is thanked like anyone, so it learns nothing.
    const honeypot = await postForm(service.url, formFields(who, {company_website: 'https://spam.example'}))
    expect([honeypot.status, honeypot.headers.get('location')]).toEqual([303, `${SITE_ORIGIN}/get-help/thank-you/`])

    const invalid = await postForm(service.url, formFields(who, {phone: '', email: 'not an address'}))
    expect([invalid.status, invalid.headers.get('location')]).toEqual([303, notSent])

    const foreign = await postForm(service.url, formFields(who), {origin: 'https://elsewhere.example'})
    expect(foreign.status).toBe(403)
    const refusal = await foreign.text()
    expect(refusal).toContain(notSent)
    expect(refusal).toMatch(/^<!doctype html>\n<html lang="en">/)
    const anonymous = await postForm(service.url, formFields(who), {})
    expect(anonymous.status).toBe(403)

    const oversized = await postForm(service.url, formFields(who, {message: 'x'.repeat(17 * 1024)}))
    expect(oversized.status).toBe(413)

    // Three posts an hour from one address (honeypot, invalid, oversized so far): the fourth is refused.
    const limited = await postForm(service.url, formFields(who))
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(3000)
    expect(await limited.text()).toContain(notSent)

    await sleep(300)
    expect(mail.received).toEqual([])
    expect(readTree(spoolDir)).toEqual([])
    expect(service.status()).toMatchObject({waiting: 0, deliveredSinceStart: 0, failedAttemptsSinceStart: 0})
  })

  it('answers a visitor from the Spanish form in Spanish: its thank-you and not-sent pages, and refusals', async () => {
    const mail = await mailServer({host: REMOTE_MAIL_HOST, certificate})
    const {service} = await receiver(testEnv({...mail, caFile: certificate.caFile}))
    const who = someone('es')

    const sent = await postForm(service.url, formFields(who, {language: 'es'}))
    expect([sent.status, sent.headers.get('location')]).toEqual([303, `${SITE_ORIGIN}/es/ayuda/gracias/`])
    const [message] = await waitFor(() => mail.received.length > 0 && mail.received)
    expect(message?.parsed.text).toContain('Language of the form: Spanish')

    const invalid = await postForm(service.url, formFields(who, {language: 'es', consent: ''}))
    expect([invalid.status, invalid.headers.get('location')]).toEqual([303, `${SITE_ORIGIN}/es/ayuda/no-enviado/`])
    // A language the site does not have is the default one, never a refusal.
    const unknown = await postForm(service.url, formFields(who, {language: 'fr', consent: ''}))
    expect(unknown.headers.get('location')).toBe(`${SITE_ORIGIN}/get-help/not-sent/`)

    // Refused before the form is read: every language, the one of the page it came from first.
    const foreign = await postForm(service.url, formFields(who, {language: 'es'}), {
      referer: 'https://elsewhere.example/es/ayuda/',
    })
    expect(foreign.status).toBe(403)
    const page = await foreign.text()
    expect(page).toMatch(/^<!doctype html>\n<html lang="es">/)
    expect(page.indexOf('<section lang="es">')).toBeLessThan(page.indexOf('<section lang="en">'))
    expect(page).toContain('Su solicitud no se envió')
    expect(page).toContain('llame al 988 y marque 2')
    expect(page).toContain(`href="${SITE_ORIGIN}/es/ayuda/no-enviado/"`)
    expect(page).toContain(`href="${SITE_ORIGIN}/get-help/not-sent/"`)
  })

  it('accepts a post whose only sign of origin is the Referer, from another allowed origin', async () => {
    const mail = await mailServer({host: REMOTE_MAIL_HOST, certificate})
    const env = testEnv({...mail, caFile: certificate.caFile}, {INTAKE_ALLOWED_ORIGINS: 'http://127.0.0.1:4321'})
    const {service} = await receiver(env)
    const response = await postForm(service.url, formFields(someone('referer')), {referer: 'http://127.0.0.1:4321/get-help/'})
    expect(response.status).toBe(303)
    // Back to the origin the visitor came from, so the thank-you page opens where they were.
    expect(response.headers.get('location')).toBe('http://127.0.0.1:4321/get-help/thank-you/')
    await waitFor(() => mail.received.length === 1)
  })

  it('delivers an inquiry exactly once when the mail server is down at first and comes back', async () => {
    const port = await freePort(REMOTE_MAIL_HOST)
    const {service} = await receiver(testEnv({host: REMOTE_MAIL_HOST, port, caFile: certificate.caFile}))
    const who = someone('outage')

    expect((await postForm(service.url, formFields(who))).status).toBe(303)
    await waitFor(() => service.status().failedAttemptsSinceStart >= 2)
    expect(service.status()).toMatchObject({
      waiting: 1,
      lastFailure: {reason: expect.stringContaining('code=ESOCKET/ECONNREFUSED')},
    })

    const mail = await mailServer({host: REMOTE_MAIL_HOST, port, certificate})
    await waitFor(() => mail.received.length > 0, 5000)
    await waitFor(() => service.status().waiting === 0)
    // Long enough for several more retries, had the record stayed in the spool.
    await sleep(1000)
    expect(mail.received).toHaveLength(1)
    expect(mail.received[0]?.parsed.text).toContain(who.message)
  })
})
