// The peer's content "pipeline": read the dataset export (data.ndjson), keep published documents,
// resolve references with one Map, and shape what the pages need. Plain code, no validation,
// no caching: what a small Eleventy site would do. The bench also writes this as the floor's JSON.
import {readFileSync} from 'node:fs'
import path from 'node:path'

const SECTION_PATHS = {
  programs: '/programs/',
  conditions: '/conditions/',
  therapies: '/therapies/',
  accreditations: '/accreditations/',
  'get-help': '/get-help/',
}

/** `image@file://./images/<sha1>-<w>x<h>.<ext>` -> served from /media/<file>. */
function imageFrom(value) {
  const placeholder = value?._sanityAsset
  const match = /images\/([^/]+-(\d+)x(\d+)\.\w+)$/.exec(placeholder ?? '')
  if (!match) return undefined
  return {src: `/media/${match[1]}`, width: Number(match[2]), height: Number(match[3]), alt: value.decorative ? '' : value.alt}
}

function pathOf(doc) {
  if (!doc) return undefined
  const slug = doc.slug?.current
  if (doc._type === 'homePage') return '/'
  if (doc._type === 'condition') return `/conditions/${slug}/`
  if (doc._type === 'therapy') return `/therapies/${slug}/`
  if (doc._type === 'program') return `/programs/${slug}/`
  if (doc._type === 'page') return slug === 'get-help' ? '/get-help/' : `/${slug}/`
  return undefined
}

export function loadSiteData(dataDir, today = new Date().toISOString().slice(0, 10)) {
  const documents = readFileSync(path.join(dataDir, 'data.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
    .filter((doc) => !doc._id.startsWith('drafts.'))
  const byId = new Map(documents.map((doc) => [doc._id, doc]))
  const ofType = (type) => documents.filter((doc) => doc._type === type)
  const deref = (reference) => (reference?._ref ? byId.get(reference._ref) : undefined)

  const hrefOf = (link) => {
    if (!link) return undefined
    if (link.linkType === 'external') return link.href
    if (link.linkType === 'section') return SECTION_PATHS[link.section]
    return pathOf(deref(link.internal))
  }
  const faqOf = (doc) => doc && {question: doc.question, answer: portableText(doc.answer)}
  // Portable Text with what renderers need resolved: link hrefs, figure sources, FAQ blocks.
  function portableText(blocks = []) {
    return blocks.map((block) => {
      if (block._type === 'block')
        return {
          ...block,
          markDefs: (block.markDefs ?? []).map((mark) => (mark._type === 'link' ? {...mark, href: hrefOf(mark)} : mark)),
        }
      if (block._type === 'figure') return {_type: 'figure', _key: block._key, caption: block.caption, image: imageFrom(block)}
      if (block._type === 'cta')
        return {_type: 'cta', _key: block._key, label: block.label, style: block.style, href: hrefOf(block.link)}
      if (block._type === 'callout') return {...block, body: portableText(block.body)}
      if (block._type === 'faqBlock')
        return {
          _type: 'faqBlock',
          _key: block._key,
          title: block.title,
          faqs: (block.faqs ?? []).map(deref).filter(Boolean).map(faqOf),
        }
      return block
    })
  }
  const teaserOf = (doc) => doc && {title: doc.title, summary: doc.summary, path: pathOf(doc)}
  const reviewOf = (review) => {
    const reviewer = deref(review?.reviewer)
    return reviewer && {name: reviewer.name, credentials: reviewer.credentials, lastReviewed: review.lastReviewed}
  }
  const byOrder = (a, b) => (a.order ?? 1e9) - (b.order ?? 1e9) || String(a.title).localeCompare(String(b.title))
  const pageOf = (doc, extra = {}) => ({
    path: pathOf(doc),
    title: doc.title,
    summary: doc.summary,
    body: portableText(doc.body),
    faqs: (doc.faqs ?? []).map(deref).filter(Boolean).map(faqOf),
    review: reviewOf(doc.medicalReview),
    ...extra,
  })

  // Back-links: which conditions list each therapy, in one pass over the conditions.
  const conditions = ofType('condition').sort(byOrder)
  const conditionsByTherapy = new Map()
  for (const condition of conditions)
    for (const reference of condition.therapies ?? []) {
      const list = conditionsByTherapy.get(reference._ref) ?? []
      list.push(teaserOf(condition))
      conditionsByTherapy.set(reference._ref, list)
    }

  const settings = byId.get('siteSettings')
  const home = byId.get('homePage')
  return {
    settings: {
      clinicName: settings.clinicName,
      tagline: settings.tagline,
      phone: settings.phone,
      email: settings.email,
      address: settings.address,
      hours: settings.hours.map(({days, opens, closes}) => ({days, opens, closes})),
      crisis: settings.crisis,
      navigation: settings.navigation.map((item) => ({label: item.label, href: hrefOf(item.link)})),
    },
    accreditations: ofType('accreditation')
      .filter((doc) => !doc.validUntil || doc.validUntil >= today)
      .sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9))
      .map((doc) => ({name: doc.name, issuer: doc.issuer, verificationUrl: doc.verificationUrl, badge: imageFrom(doc.badge)})),
    home: {
      heading: home.heading,
      intro: home.intro,
      image: imageFrom(home.image),
      highlights: (home.highlights ?? []).map(({title, text}) => ({title, text})),
      featured: [...(home.featuredConditions ?? []), ...(home.featuredTherapies ?? [])].map(deref).filter(Boolean).map(teaserOf),
      body: portableText(home.body),
      faqs: (home.faqs ?? []).map(deref).filter(Boolean).map(faqOf),
    },
    programs: ofType('program')
      .sort(byOrder)
      .map((doc) => pageOf(doc, {related: (doc.therapies ?? []).map(deref).filter(Boolean).map(teaserOf)})),
    conditions: conditions.map((doc) =>
      pageOf(doc, {signs: doc.signs ?? [], related: (doc.therapies ?? []).map(deref).filter(Boolean).map(teaserOf)}),
    ),
    therapies: ofType('therapy')
      .sort(byOrder)
      .map((doc) => pageOf(doc, {related: conditionsByTherapy.get(doc._id) ?? []})),
    pages: ofType('page')
      .sort(byOrder)
      .map((doc) => pageOf(doc)),
  }
}
