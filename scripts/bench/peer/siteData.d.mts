// Types of the peer's resolved site data, for the bench (which writes it as the floor's JSON) and
// the floor's pages.

export interface SiteImage {
  src: string
  width: number
  height: number
  alt: string
}

export interface LinkMark {
  _type: 'link'
  _key: string
  href?: string
}

export interface TextBlock {
  _type: 'block'
  _key: string
  style?: string
  listItem?: 'bullet' | 'number'
  level?: number
  markDefs: LinkMark[]
  children: {_type: 'span'; _key: string; text: string; marks?: string[]}[]
}

export interface Faq {
  question: string
  answer: TextBlock[]
}

export type Block =
  | TextBlock
  | {_type: 'figure'; _key: string; caption?: string; image?: SiteImage}
  | {_type: 'cta'; _key: string; label: string; style?: string; href?: string}
  | {_type: 'callout'; _key: string; tone: string; title?: string; body: TextBlock[]}
  | {_type: 'faqBlock'; _key: string; title?: string; faqs: Faq[]}

export interface Teaser {
  title: string
  summary?: string
  path: string
}

export interface SitePage {
  path: string
  title: string
  summary: string
  body: Block[]
  faqs: Faq[]
  review?: {name: string; credentials: string; lastReviewed: string}
  signs?: string[]
  related?: Teaser[]
}

export interface SiteData {
  settings: {
    clinicName: string
    tagline?: string
    phone: string
    email: string
    address: {streetAddress: string; addressLocality: string; addressRegion: string; postalCode: string}
    hours: {days: string[]; opens: string; closes: string}[]
    crisis: {heading: string; callNumber: string; textNumber: string; chatUrl: string; emergencyNumber: string}
    navigation: {label: string; href?: string}[]
  }
  accreditations: {name: string; issuer: string; verificationUrl: string; badge?: SiteImage}[]
  home: {
    heading: string
    intro: string
    image?: SiteImage
    highlights: {title: string; text: string}[]
    featured: Teaser[]
    body: Block[]
    faqs: Faq[]
  }
  programs: SitePage[]
  conditions: SitePage[]
  therapies: SitePage[]
  pages: SitePage[]
}

export function loadSiteData(dataDir: string, today?: string): SiteData
