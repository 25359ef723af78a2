// What every page's header and footer need: the site settings and the accreditations to show.
// Read once per build (see data.ts) and passed down, so components never fetch.
import type {Accreditation} from './content/collections/accreditations'
import type {SiteSettings} from './content/collections/siteSettings'
import {allOf, singleton} from './data'
import {byOrderThenName} from './sort'

export interface SiteChrome {
  settings: SiteSettings
  accreditations: Accreditation[]
}

export async function siteChrome(): Promise<SiteChrome> {
  const [settings, accreditations] = await Promise.all([singleton('siteSettings'), allOf('accreditations')])
  return {settings, accreditations: [...accreditations].sort(byOrderThenName((accreditation) => accreditation.name))}
}
