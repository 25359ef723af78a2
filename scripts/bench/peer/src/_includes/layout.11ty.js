// The frame of every peer page: head, skip link, crisis bar, header with phone, main, footer.
import {readFileSync} from 'node:fs'
import {escape} from '../../render.mjs'

// The site's own base stylesheet, inlined as the site inlines its styles.
const styles = ['tokens.css', 'global.css']
  .map((file) => readFileSync(new URL(`../../../../../site/styles/${file}`, import.meta.url), 'utf8'))
  .join('\n')
  .replace(/@import [^;]+;/g, '')

const FOOTER_BADGES = 6
const tel = (phone) => `tel:${phone.replace(/[^\d+]/g, '')}`

export default function layout(data) {
  const {settings, accreditations} = data.site
  const {crisis, address} = settings
  // Like the site: six badges on every page, and a link to the page that lists them all.
  const badges = accreditations
    .slice(0, FOOTER_BADGES)
    .map(
      (item) =>
        `<li><a class="badge" href="${escape(item.verificationUrl)}">${item.badge ? `<img src="${escape(item.badge.src)}" width="64" height="64" alt="${escape(item.badge.alt)}">` : ''}<span>Verify ${escape(item.name)} with ${escape(item.issuer)}</span></a></li>`,
    )
    .join('')
  const hours = settings.hours
    .map((entry) => `<li>${escape(entry.days.join(', '))}: ${entry.opens}–${entry.closes}</li>`)
    .join('')
  const nav = settings.navigation
    .filter((item) => item.href)
    .map((item) => `<li><a href="${escape(item.href)}">${escape(item.label)}</a></li>`)
    .join('')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(data.title ?? settings.clinicName)} | ${escape(settings.clinicName)}</title>
<meta name="description" content="${escape(data.description ?? '')}">
<style>${styles}</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<aside class="crisis" aria-label="Crisis support"><div class="container"><p>${escape(crisis.heading)}</p><ul><li><a href="${tel(crisis.callNumber)}">Call</a> or <a href="sms:${escape(crisis.textNumber)}">text</a> <strong>${escape(crisis.callNumber)}</strong></li><li><a href="${escape(crisis.chatUrl)}" rel="noopener">Chat online</a></li><li>Emergency: <a href="${tel(crisis.emergencyNumber)}">${escape(crisis.emergencyNumber)}</a></li></ul></div></aside>
<header class="site-header"><div class="container"><a class="brand" href="/">${escape(settings.clinicName)}</a><nav aria-label="Main"><ul>${nav}</ul></nav><a class="button" href="${tel(settings.phone)}">Call ${escape(settings.phone)}</a></div></header>
<main id="main" tabindex="-1">${data.content}</main>
<footer class="site-footer">
<section class="footer-badges"><div class="container"><h2>Accredited and licensed</h2><ul class="badge-list">${badges}</ul>${accreditations.length > FOOTER_BADGES ? `<p><a href="/accreditations/">See all ${accreditations.length} accreditations and licenses</a></p>` : ''}</div></section>
<div class="container footer-grid">
<section><h2>Visit or call</h2><address><strong>${escape(settings.clinicName)}</strong><br>${escape(address.streetAddress)}<br>${escape(`${address.addressLocality}, ${address.addressRegion} ${address.postalCode}`)}</address><p><a href="${tel(settings.phone)}">Call ${escape(settings.phone)}</a><br><a href="mailto:${escape(settings.email)}">${escape(settings.email)}</a></p></section>
<section><h2>Opening hours</h2><ul>${hours}</ul></section>
</div>
</footer>
</body>
</html>`
}
