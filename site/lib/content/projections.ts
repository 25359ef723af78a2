// GROQ projection fragments shared by every collection query, so each field is projected one way.

/** A translatable document's language; documents written before languages existed are English. */
export const languageField = /* groq */ `"language": coalesce(language, "en")`

/** An internal link target: just enough to build its URL. */
const linkTargetFields = /* groq */ `{_type, "slug": slug.current, ${languageField}}`

/** A `link` object with its internal reference resolved. */
export const linkFields = /* groq */ `{linkType, section, href, "internal": internal->${linkTargetFields}}`

/** The fields of an image: its asset resolved to URL and intrinsic size, plus alt text. */
const imageFieldList = /* groq */ `alt, decorative, hotspot, crop,
  "asset": asset->{_id, url, extension, "width": metadata.dimensions.width, "height": metadata.dimensions.height}`

export const imageFields = /* groq */ `{${imageFieldList}}`

export const seoFields = /* groq */ `{title, description, noIndex, "image": image${imageFields}}`

export const personFields = /* groq */ `{_id, name, credentials, role, isMedicalReviewer, reviewCredential, bio,
  "portrait": portrait${imageFields}}`

export const reviewFields = /* groq */ `{lastReviewed, "reviewer": reviewer->${personFields}}`

/** Marks in any Portable Text: links get their internal target resolved. */
const markDefsFields = /* groq */ `markDefs[]{..., _type == "link" => ${linkFields}}`

/** Short formatted text (FAQ answers, callouts). */
const simpleTextFields = /* groq */ `[]{..., _type == "block" => {..., ${markDefsFields}}}`

export const faqFields = /* groq */ `{_id, ${languageField}, question, topic, order, "answer": answer${simpleTextFields}}`

/** Page bodies: every custom block gets what it needs to render, references resolved. */
export const richTextFields = /* groq */ `[]{
  ...,
  _type == "block" => {..., ${markDefsFields}},
  _type == "figure" => {_key, _type, caption, ${imageFieldList}},
  _type == "cta" => {..., "link": link${linkFields}},
  _type == "callout" => {..., "body": body${simpleTextFields}},
  _type == "faqBlock" => {..., "faqs": faqs[]->${faqFields}}
}`

export const ctaFields = /* groq */ `{label, style, "link": link${linkFields}}`

/** Fields every routed document shares. */
export const pageBaseFields = /* groq */ `_id, _type, _updatedAt, ${languageField}, title, "slug": slug.current, summary, "seo": seo${seoFields}`
