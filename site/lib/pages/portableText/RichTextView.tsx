// Portable Text rendered to static HTML at build time (no client directive, no JavaScript shipped).
// Every block type the content model allows has a component here; anything else fails loudly in
// development and is skipped with a warning in production builds, never shown as raw data.
import {PortableText, type PortableTextComponents, type PortableTextMarkComponentProps} from '@portabletext/react'
import {toPlainText} from '@portabletext/toolkit'
import type {ReactNode} from 'react'
import type {Language} from '../../../../schemas/lib/languages'
import type {CrisisLine} from '../../content/settings'
import {messagesFor, type Messages} from '../../i18n/messages'
import {capitalize, displayHost} from '../format'
import type {CalloutBlock, CtaBlock, FaqBlock, FigureBlock, Link, RichText} from '../../content/shapes'
import {imageAttributes} from '../images'
import {hrefForLink, isExternalHref, smsHref, telHref} from '../routes'
import {createHeadingIds} from './headingIds'

export interface RichTextViewProps {
  value: RichText
  crisis: CrisisLine
  /** The page's language: for the words the rendering adds (crisis resources, "external site"). */
  language: Language
  /** Throw on unknown content (development) instead of skipping it with a warning (production). */
  strict: boolean
  /** Where the rich text sits, for warnings: a document id. */
  documentId?: string
}

function LinkedText({href, children, t}: {href: string | undefined; children: ReactNode; t: Messages}) {
  if (!href) return <>{children}</>
  if (!isExternalHref(href)) return <a href={href}>{children}</a>
  return (
    <a href={href} rel="noopener" className="external">
      {children}
      <span className="visually-hidden"> {t.externalSite}</span>
    </a>
  )
}

/** The crisis line, in the page's language, under every crisis callout an editor writes. */
function CrisisResources({crisis, language}: {crisis: CrisisLine; language: Language}) {
  const t = messagesFor(language)
  const m = t.crisis
  return (
    <p className="callout__crisis">
      <a href={telHref(crisis.callNumber)}>{capitalize(m.call(crisis.callNumber, crisis.callOption), language)}</a> {m.or}{' '}
      <a href={smsHref(crisis.textNumber)}>{m.text(crisis.textNumber, crisis.textKeyword)}</a>, {m.dayOrNight};{' '}
      <LinkedText href={crisis.chatUrl} t={t}>
        {m.chat(displayHost(crisis.chatUrl))}
      </LinkedText>
      . {m.inAnEmergency} <a href={telHref(crisis.emergencyNumber)}>{m.call(crisis.emergencyNumber)}</a>.
    </p>
  )
}

export function RichTextView({value, crisis, language, strict, documentId}: RichTextViewProps) {
  const t = messagesFor(language)
  const headingId = createHeadingIds()
  const heading = (Tag: 'h2' | 'h3' | 'h4') =>
    function Heading({children, value: block}: {children?: ReactNode; value: Parameters<typeof toPlainText>[0]}) {
      return <Tag id={headingId(toPlainText(block))}>{children}</Tag>
    }

  const components: PortableTextComponents = {
    block: {h2: heading('h2'), h3: heading('h3'), h4: heading('h4')},
    marks: {
      link: ({value: mark, children}: PortableTextMarkComponentProps<Link & {_type: 'link'}>) => (
        <LinkedText href={mark ? hrefForLink(mark, language) : undefined} t={t}>
          {children}
        </LinkedText>
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
          <a className={`button button--${cta.style ?? 'primary'}`} href={hrefForLink(cta.link, language)}>
            {cta.label}
          </a>
        </p>
      ),
      callout: ({value: callout}: {value: CalloutBlock}) => (
        <aside
          className={`callout callout--${callout.tone}`}
          aria-label={callout.title ?? (callout.tone === 'crisis' ? t.crisis.label : t.richText.note)}
        >
          {callout.title && <p className="callout__title">{callout.title}</p>}
          <PortableText value={callout.body} components={components} />
          {callout.tone === 'crisis' && <CrisisResources crisis={crisis} language={language} />}
        </aside>
      ),
      faqBlock: ({value: block}: {value: FaqBlock}) => (
        <section className="faq-block" aria-labelledby={`faq-${block._key}-title`}>
          <h2 id={`faq-${block._key}-title`}>{block.title ?? t.faqList.heading}</h2>
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
