// Where the inquiry form posts. The receiver's address is deployment configuration (it differs
// between a laptop, a staging server and production, and content moves between them), so the build's
// INQUIRY_ENDPOINT wins; the endpoint in Site settings is for a clinic that runs no receiver of ours
// and points the form at an intake system of its own. With neither, the site shows no form.
import {siteConfig, type SiteConfig} from '../config/config'
import type {SiteSettings} from '../content/collections/siteSettings'

export function inquiryEndpoint(
  settings: Pick<SiteSettings, 'inquiry'>,
  config: Pick<SiteConfig, 'inquiryEndpoint'> = siteConfig(),
): string | undefined {
  return config.inquiryEndpoint ?? settings.inquiry.endpoint
}
