// The short page a browser shows when the receiver will not take a post, in every language the site
// has: it is answered before the form is read, so the form's language is not known yet. The language
// of the page the post came from (its Referer, when the browser sends the path) comes first.
import type {IncomingHttpHeaders} from 'node:http'
import {INQUIRY_RESULT_PATHS} from '../../site/lib/pages/inquiryForm.ts'
import {DEFAULT_LANGUAGE, isLanguage, LANGUAGE_IDS, type Language} from '../../schemas/lib/languages.ts'

export type RefusalReason = 'foreign' | 'rateLimited' | 'notAForm' | 'tooLong'

interface RefusalText {
  title: string
  reasons: Record<RefusalReason, string>
  help: string
  crisis: string
}

const TEXT: Record<Language, RefusalText> = {
  en: {
    title: 'Your request was not sent',
    reasons: {
      foreign: 'This form can only be sent from our website.',
      rateLimited: 'We have received several requests from your connection in the past hour.',
      notAForm: 'The request did not come from our form.',
      tooLong: 'The form was too long to send.',
    },
    help: 'Call us instead, or find help right now',
    crisis: 'If you are in crisis, call or text 988, or call 911 in an emergency.',
  },
  es: {
    title: 'Su solicitud no se envió',
    reasons: {
      foreign: 'Este formulario solo se puede enviar desde nuestro sitio web.',
      rateLimited: 'Recibimos varias solicitudes desde su conexión en la última hora.',
      notAForm: 'La solicitud no llegó desde nuestro formulario.',
      tooLong: 'El formulario era demasiado largo para enviarlo.',
    },
    help: 'Llámenos o busque ayuda ahora mismo',
    crisis:
      'Si está en crisis, llame al 988 y marque 2, o envíe AYUDA por mensaje de texto al 988. En una emergencia, llame al 911.',
  },
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

/** The language of the page a post came from, when the Referer names a path under a language (/es/...). */
export function refererLanguage(headers: IncomingHttpHeaders): Language {
  try {
    const first = new URL(headers.referer ?? '').pathname.split('/')[1]
    return isLanguage(first) ? first : DEFAULT_LANGUAGE
  } catch {
    return DEFAULT_LANGUAGE
  }
}

/** The refusal page: the visitor's likely language first, then the others, each marked with its `lang`. */
export function refusalPage(reason: RefusalReason, siteOrigin: string, first: Language): string {
  const languages = [first, ...LANGUAGE_IDS.filter((language) => language !== first)]
  const sections = languages.map((language, index) => {
    const text = TEXT[language]
    const heading = index === 0 ? 'h1' : 'h2'
    const helpUrl = `${siteOrigin}${INQUIRY_RESULT_PATHS[language].notSent}`
    return `<section lang="${language}">
<${heading}>${escapeHtml(text.title)}</${heading}>
<p>${escapeHtml(text.reasons[reason])}</p>
<p><a href="${escapeHtml(helpUrl)}">${escapeHtml(text.help)}</a>. ${escapeHtml(text.crisis)}</p>
</section>`
  })
  return `<!doctype html>
<html lang="${first}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(TEXT[first].title)}</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem}section+section{margin-top:2rem;border-top:1px solid #ccc}</style>
${sections.join('\n')}
</html>
`
}
