// What every page's header and footer need: the site settings and the accreditations to show.
// Loaded once per build and passed down, so components never fetch.
import {getCollection, getEntry} from 'astro:content'
import type {Accreditation} from './content/collections/accreditations'
import type {SiteSettings} from './content/collections/siteSettings'
import {byOrderThenName} from './sort'

export interface SiteChrome {
  settings: SiteSettings
  accreditations: Accreditation[]
}

async function load(): Promise<SiteChrome> {
  const settings = await getEntry('siteSettings', 'siteSettings')
  if (!settings) {
    throw new Error('The site settings are missing: publish the "Site settings" document (id "siteSettings") in the Studio.')
  }
  const accreditations = (await getCollection('accreditations'))
    .map((entry) => entry.data)
    .sort(byOrderThenName((accreditation) => accreditation.name))
  return {settings: settings.data, accreditations}
}

let cached: Promise<SiteChrome> | undefined

/** The shared page chrome; reloaded on every request in `astro dev`, so edits show up. */
export function siteChrome(): Promise<SiteChrome> {
  if (import.meta.env.DEV) return load()
  cached ??= load()
  return cached
}
