// The call-back form end to end, as a person with JavaScript switched off uses it: the site built
// with its form pointing at a running intake receiver, the receiver delivering to a real SMTP server
// over TLS. The person lands on the site's thank-you page, and the clinic gets the message.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Browser, BrowserContext} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseIntakeConfig} from '../../scripts/intake/config.ts'
import {startIntakeService, type RunningIntake} from '../../scripts/intake/service.ts'
import {launchChromium} from '../support/browser'
import {buildSite, buildWorkDir} from '../support/build'
import {startStaticServer, type StaticServer} from '../../scripts/serve/staticServer.ts'
import {
  captureLog,
  expectNothingOf,
  makeCertificate,
  person,
  REMOTE_MAIL_HOST,
  startMailServer,
  testEnv,
  waitFor,
  type CapturedLog,
  type TestMailServer,
} from '../intake/support'
import {chromiumSearch, explainMissingChromium, hasChromium} from './harness'

explainMissingChromium()

describe.skipIf(!hasChromium)('the call-back form without JavaScript', () => {
  let mail: TestMailServer | undefined
  let site: StaticServer | undefined
  let receiver: RunningIntake | undefined
  let browser: Browser | undefined
  let outDir = ''
  const log: CapturedLog = captureLog()
  const who = person('browser')

  beforeAll(async () => {
    const certificate = await makeCertificate()
    mail = await startMailServer({host: REMOTE_MAIL_HOST, certificate})
    // The site's server comes first, for its origin; the build fills its folder once the receiver's address is known.
    const work = buildWorkDir()
    outDir = path.join(work, 'dist')
    site = await startStaticServer({root: outDir})
    const config = parseIntakeConfig(testEnv({...mail, caFile: certificate.caFile}, {INTAKE_SITE_URL: site.origin}))
    receiver = await startIntakeService(config, {log})
    await buildSite({SITE_URL: 'https://clinic.example.com', INQUIRY_ENDPOINT: `${receiver.url}/inquiries`}, work)
    if (chromiumSearch.found) browser = await launchChromium(chromiumSearch.path)
  }, 300_000)

  afterAll(async () => {
    await browser?.close()
    await receiver?.stop()
    await site?.close()
    await mail?.close()
    expectNothingOf(who, log.text(), "the receiver's log")
  })

  async function getHelpPage(): Promise<{context: BrowserContext; origin: string}> {
    if (!browser || !site || !receiver) throw new Error('the browser test setup did not finish')
    const context = await browser.newContext({javaScriptEnabled: false})
    const allowed = [site.origin, new URL(receiver.url).origin]
    await context.route(
      (url) => !allowed.includes(url.origin) && url.protocol !== 'data:',
      (route) => route.abort('blockedbyclient'),
    )
    return {context, origin: site.origin}
  }

  it('allows the form to post to the configured receiver, in the form and in the security headers', () => {
    const html = readFileSync(path.join(outDir, 'get-help/index.html'), 'utf8')
    expect(html).toContain(`action="${receiver?.url}/inquiries"`)
    const headers = readFileSync(path.join(outDir, '_headers'), 'utf8')
    expect(headers).toContain(`form-action 'self' ${receiver?.url};`)
  })

  it('sends the form, lands on the thank-you page, and the clinic receives the message', async () => {
    const {context, origin} = await getHelpPage()
    const page = await context.newPage()
    await page.goto(`${origin}/get-help/`)
    await page.getByLabel('Your name').fill(who.name)
    await page.getByLabel('Phone', {exact: true}).fill(who.phone)
    await page.getByLabel('Email', {exact: true}).fill(who.email)
    await page.getByLabel('Best time to reach you').selectOption({label: 'Evening'})
    await page.getByLabel('Anything you would like us to know').fill(who.message)
    await page.locator('#inquiry-consent').check()
    await Promise.all([
      page.waitForURL(`${origin}/get-help/thank-you/`),
      page.getByRole('button', {name: 'Send my request'}).click(),
    ])
    expect(await page.locator('h1').textContent()).toMatch(/^Thank you/)
    await context.close()

    const [message] = await waitFor(() => (mail?.received.length ?? 0) > 0 && mail?.received)
    expect(message?.secure).toBe(true)
    const text = message?.parsed.text ?? ''
    for (const value of Object.values(who)) expect(text).toContain(value)
    expect(text).toContain('Best time to reach them: Evening')
  })

  it('does not send a phone number the receiver would refuse: the browser stops it first', async () => {
    const {context, origin} = await getHelpPage()
    const page = await context.newPage()
    const posts = () => log.text().match(/accepted inquiry|refused post|dropped post/g)?.length ?? 0
    const postsBefore = posts()
    await page.goto(`${origin}/get-help/`)
    await page.getByLabel('Your name').fill('Sam')
    await page.getByLabel('Phone', {exact: true}).fill('call me later')
    await page.locator('#inquiry-consent').check()
    await page.getByRole('button', {name: 'Send my request'}).click()
    await page.waitForTimeout(300)
    expect(page.url()).toBe(`${origin}/get-help/`)
    expect(await page.locator('#inquiry-phone:invalid').count()).toBe(1)
    expect(posts()).toBe(postsBefore)
    await context.close()
  })
})
