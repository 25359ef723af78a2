// The site's content, resolved: one JSON file the bench writes (FLOOR_DATA), read once per build.
import {readFileSync} from 'node:fs'
import type {SiteData} from '../../peer/siteData.mjs'

let cached: SiteData | undefined

export function siteData(): SiteData {
  const file = process.env.FLOOR_DATA
  if (!file) throw new Error('FLOOR_DATA must name the JSON file the bench wrote.')
  cached ??= JSON.parse(readFileSync(file, 'utf8')) as SiteData
  return cached
}

/** The last segment of a page path: "/conditions/anxiety/" -> "anxiety". */
export function slugOf(path: string): string {
  return path.split('/').filter(Boolean).pop() ?? ''
}
