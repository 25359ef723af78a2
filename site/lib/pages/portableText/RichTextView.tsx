// Portable Text rendered to static HTML at build time (no client directive, no JavaScript shipped).
// Every block type the content model allows has a component here; anything else fails loudly in
// development and is skipped with a warning in production builds, never shown as raw data.
import {PortableText, type PortableTextComponents, type PortableTextMarkComponentProps} from '@portabletext/react'
import {toPlainText} from '@portabletext/toolkit'
import type {ReactNode} from 'react'
import type {SiteSettings} from '../../content/collections/siteSettings'
import type {CalloutBlock, CtaBlock, FaqBlock, FigureBlock, Link, RichText} from '../../content/shapes'
import {imageAttributes} from '../images'
import {hrefForLink, isExternalHref, smsHref, telHref} from '../routes'
import {createHeadingIds} from './headingIds'

export interface RichTextViewProps {
  value: RichText
  crisis: SiteSettings['crisis']
  /** Throw on unknown content (development) instead of skipping it with a warning (production). */
  strict: boolean
  /** Where the rich text sits, for warnings: a document id. */
  documentId?: string
}

function LinkedText({href, children}: {href: string | undefined; children: ReactNode}) {
  if (!href) return <>{children}</>
  if (!isExternalHref(href)) return <a href={href}>{children}</a>
  return (
    <a href={href} rel="noopener" className="external">
      {children}
      <span className="visually-hidden"> (external site)</span>
    </a>
  )
}

function CrisisResources({crisis}: {crisis: SiteSettings['crisis']}) {
  return (
    <p className="callout__crisis">
      Call <a href={telHref(crisis.callNumber)}>{crisis.callNumber}</a> or text{' '}
      <a href={smsHref(crisis.textNumber)}>{crisis.textNumber}</a>, chat at{' '}
      <LinkedText href={crisis.chatUrl}>{new URL(crisis.chatUrl).hostname.replace(/^www\./, '')}</LinkedText>, or call{' '}
      <a href={telHref(crisis.emergencyNumber)}>{crisis.emergencyNumber}</a> in an emergency.
    </p>
  )
}

export function RichTextView({value, crisis, strict, documentId}: RichTextViewProps) {
  const headingId = createHeadingIds()
  const heading = (Tag: 'h2' | 'h3' | 'h4') =>
    function Heading({children, value: block}: {children?: ReactNode; value: Parameters<typeof toPlainText>[0]}) {
      return <Tag id={headingId(toPlainText(block))}>{children}</Tag>
    }

  const components: PortableTextComponents = {
    block: {h2: heading('h2'), h3: heading('h3'), h4: heading('h4')},
    marks: {
      link: ({value: mark, children}: PortableTextMarkComponentProps<Link & {_type: 'link'}>) => (
        <LinkedText href={mark ? hrefForLink(mark) : undefined}>{children}</LinkedText>
      ),
    },
    types: {
      figure: ({value: figure}: {value: FigureBlock}) => {
        const {srcset, alt, ...attributes} = imageAttributes(figure)
        return (
          <figure className="figure">
            <img {...attributes} alt={alt} srcSet={srcset} loading="lazy" decoding="async" />
            {figure.caption && <figcaption>{figure.caption}</figcaption>}
          </figure>
        )
      },
      cta: ({value: cta}: {value: CtaBlock}) => (
        <p className="cta-block">
          <a className={`button button--${cta.style ?? 'primary'}`} href={hrefForLink(cta.link)}>
            {cta.label}
          </a>
        </p>
      ),
      callout: ({value: callout}: {value: CalloutBlock}) => (
        <aside
          className={`callout callout--${callout.tone}`}
          aria-label={callout.title ?? (callout.tone === 'crisis' ? 'Crisis support' : 'Note')}
        >
          {callout.title && <p className="callout__title">{callout.title}</p>}
          <PortableText value={callout.body} components={components} />
          {callout.tone === 'crisis' && <CrisisResources crisis={crisis} />}
        </aside>
      ),
      faqBlock: ({value: block}: {value: FaqBlock}) => (
        <section className="faq-block" aria-labelledby={`${block._key}-title`}>
          <h2 id={`${block._key}-title`}>{block.title ?? 'Common questions'}</h2>
          {block.faqs.map((faq) => (
            <details key={faq._id} className="faq">
              <summary>{faq.question}</summary>
              <PortableText value={faq.answer} components={components} />
            </details>
          ))}
        </section>
      ),
    },
    // Unknown types render nothing; onMissingComponent below decides whether that is fatal.
    unknownType: () => null,
  }

  return (
    <PortableText
      value={value}
      components={components}
      onMissingComponent={(message) => {
        const where = documentId ? ` in document "${documentId}"` : ''
        if (strict) throw new Error(`Rich text${where}: ${message}`)
        console.warn(`[rich text] Skipped content${where}: ${message}`)
      }}
    />
  )
}
