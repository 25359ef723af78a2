// Portable Text to static HTML through @portabletext/react, as the site renders it (no hydration).
import {PortableText, type PortableTextComponents} from '@portabletext/react'
import {toPlainText} from '@portabletext/toolkit'
import type {ReactNode} from 'react'
import type {Block, Faq, SiteImage, TextBlock} from '../../../peer/siteData.mjs'

const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

function Linked({href, children}: {href?: string; children: ReactNode}) {
  if (!href) return <>{children}</>
  if (!/^https:\/\//.test(href)) return <a href={href}>{children}</a>
  return (
    <a href={href} rel="noopener" className="external">
      {children}
      <span className="visually-hidden"> (external site)</span>
    </a>
  )
}

export function FaqItems({faqs, title}: {faqs: Faq[]; title?: string}) {
  if (faqs.length === 0) return null
  return (
    <section className="faqs" aria-labelledby="faqs-heading">
      <h2 id="faqs-heading">{title ?? 'Common questions'}</h2>
      {faqs.map((faq) => (
        <details className="faq" key={faq.question}>
          <summary>{faq.question}</summary>
          <PortableText value={faq.answer} components={components} />
        </details>
      ))}
    </section>
  )
}

const heading = (Tag: 'h2' | 'h3' | 'h4') =>
  function Heading({children, value}: {children?: ReactNode; value: Parameters<typeof toPlainText>[0]}) {
    return <Tag id={slugOf(toPlainText(value))}>{children}</Tag>
  }

const components: PortableTextComponents = {
  block: {h2: heading('h2'), h3: heading('h3'), h4: heading('h4')},
  marks: {link: ({value, children}) => <Linked href={(value as {href?: string} | undefined)?.href}>{children}</Linked>},
  types: {
    figure: ({value}: {value: {image?: SiteImage; caption?: string}}) =>
      value.image ? (
        <figure className="figure">
          <img
            src={value.image.src}
            width={value.image.width}
            height={value.image.height}
            alt={value.image.alt}
            loading="lazy"
            decoding="async"
          />
          {value.caption && <figcaption>{value.caption}</figcaption>}
        </figure>
      ) : null,
    cta: ({value}: {value: {label: string; style?: string; href?: string}}) => (
      <p className="cta-block">
        <a className={`button button--${value.style ?? 'primary'}`} href={value.href}>
          {value.label}
        </a>
      </p>
    ),
    callout: ({value}: {value: {tone: string; title?: string; body: TextBlock[]}}) => (
      <aside className={`callout callout--${value.tone}`} aria-label={value.title ?? 'Note'}>
        {value.title && <p className="callout__title">{value.title}</p>}
        <PortableText value={value.body} components={components} />
      </aside>
    ),
    faqBlock: ({value}: {value: {title?: string; faqs: Faq[]}}) => <FaqItems faqs={value.faqs} title={value.title} />,
  },
}

export function RichText({value}: {value: Block[]}) {
  return <PortableText value={value} components={components} onMissingComponent={false} />
}
