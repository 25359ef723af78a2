// Facts about the content model that the site needs too. Plain values with no Sanity imports, so
// the site can use them without bundling the Studio.

/** The crisis line's national numbers: prefilled in the Studio, and the site's fallback. */
export const CRISIS_DEFAULTS = {
  heading: 'In crisis or thinking about suicide?',
  callNumber: '988',
  textNumber: '988',
  chatUrl: 'https://988lifeline.org/chat/',
  emergencyNumber: '911',
} as const

/** Built-in sections of the site that are not documents themselves (index pages and contact). */
export const SITE_SECTIONS = [
  {title: 'Programs', value: 'programs'},
  {title: 'Conditions we treat', value: 'conditions'},
  {title: 'Therapies', value: 'therapies'},
  {title: 'Accreditations', value: 'accreditations'},
  {title: 'Get help / contact', value: 'get-help'},
] as const

/** Slugs that belong to built-in routes; a generic page cannot take them. */
export const RESERVED_PAGE_SLUGS = [
  'programs',
  'conditions',
  'therapies',
  'accreditations',
  'sitemap-index.xml',
  'robots.txt',
  '404',
] as const
