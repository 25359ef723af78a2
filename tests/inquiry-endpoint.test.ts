// Where the site's inquiry form posts, and what the Content-Security-Policy lets it post to.
import {describe, expect, it} from 'vitest'
import {parseConfig} from '../site/lib/config/config'
import {inquiryEndpoint} from '../site/lib/pages/inquiryEndpoint'
import {contentSecurityPolicy} from '../site/lib/build/securityHeaders'

const settings = {inquiry: {endpoint: 'https://forms.example-intake.com/f/123', responseTime: '', consentText: '', nextSteps: []}}
const formAction = (endpoint: string) =>
  contentSecurityPolicy({formEndpoint: endpoint})
    .split('; ')
    .find((directive) => directive.startsWith('form-action '))

describe("the inquiry form's endpoint", () => {
  it("is the build's INQUIRY_ENDPOINT when set, else the one in Site settings, else none", () => {
    const receiver = 'https://www.example.com/inquiries'
    expect(inquiryEndpoint(settings, parseConfig({INQUIRY_ENDPOINT: receiver}))).toBe(receiver)
    expect(inquiryEndpoint(settings, parseConfig({}))).toBe(settings.inquiry.endpoint)
    expect(inquiryEndpoint({inquiry: {...settings.inquiry, endpoint: undefined}}, parseConfig({}))).toBeUndefined()
  })

  it('must be https, except for a receiver on this machine during development', () => {
    expect(parseConfig({INQUIRY_ENDPOINT: 'http://127.0.0.1:8788/inquiries'}).inquiryEndpoint).toBe(
      'http://127.0.0.1:8788/inquiries',
    )
    expect(parseConfig({INQUIRY_ENDPOINT: 'http://localhost:8788/inquiries'}).inquiryEndpoint).toBeDefined()
    expect(() => parseConfig({INQUIRY_ENDPOINT: 'http://intake.example.com/inquiries'})).toThrow(
      /^INQUIRY_ENDPOINT must be an https:\/\/ address; plain http:\/\/ is allowed only for localhost or 127\.0\.0\.1\.$/,
    )
    expect(() => parseConfig({INQUIRY_ENDPOINT: '/inquiries'})).toThrow(/^INQUIRY_ENDPOINT must be an absolute URL/)
  })

  it("is the only other origin the Content-Security-Policy's form-action allows", () => {
    expect(formAction('https://www.example.com/inquiries')).toBe("form-action 'self' https://www.example.com")
    expect(formAction('http://127.0.0.1:8788/inquiries')).toBe("form-action 'self' http://127.0.0.1:8788")
    expect(() => formAction('http://intake.example.com/inquiries')).toThrow(/must be an https:\/\/ address; set INQUIRY_ENDPOINT/)
  })
})
