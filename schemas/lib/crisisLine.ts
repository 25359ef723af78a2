// The crisis line's national numbers, a fact of the content model the site needs too. Plain values
// with no Sanity imports, so the site can use them without bundling the Studio.

/** The crisis line's national numbers: prefilled in the Studio, and the site's fallback. */
export const CRISIS_DEFAULTS = {
  heading: 'In crisis or thinking about suicide?',
  callNumber: '988',
  textNumber: '988',
  chatUrl: 'https://988lifeline.org/chat/',
  emergencyNumber: '911',
} as const
