// Every question a page shows, from its FAQ list and from FAQ blocks in its rich text, once each:
// what the page's FAQPage structured data must describe.
import {faqBlockSchema, type Faq, type RichText} from '../content/shapes'

export function faqsOnPage(body: RichText, faqs: Faq[] = []): Faq[] {
  const fromBody = body.flatMap((block) => {
    if (block._type !== 'faqBlock') return []
    const parsed = faqBlockSchema.safeParse(block)
    return parsed.success ? parsed.data.faqs : []
  })
  const seen = new Set<string>()
  return [...fromBody, ...faqs].filter((faq) => !seen.has(faq._id) && Boolean(seen.add(faq._id)))
}
