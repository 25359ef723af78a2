// The click-to-edit overlays of the editors' preview, run in the browser. The library itself does
// nothing unless the page sits in the Studio's Presentation tool (an iframe or a window it opened).
// Pages are rendered on the server for every request, so following an edit means loading the page
// again, and following the Studio's address bar means going to that address.
import {enableVisualEditing, type HistoryAdapter, type HistoryRefresh, type HistoryUpdate} from '@sanity/visual-editing'

const here = () => `${location.pathname}${location.search}${location.hash}`

/** Keeps the Studio's address bar and this frame on the same page. */
const history: HistoryAdapter = {
  subscribe(navigate) {
    // Each page is a fresh document: tell the Studio where this one is, once.
    navigate({type: 'push', url: here()})
    return () => undefined
  },
  update(update: HistoryUpdate) {
    if (update.type === 'pop') return window.history.back()
    // The Studio echoes our own address back; going there again would reload for nothing.
    if (update.url === here()) return
    if (update.type === 'replace') location.replace(update.url)
    else location.assign(update.url)
  },
}

/** The Studio's refresh button, or a saved edit: render the page again from the latest drafts. */
function refresh(payload: HistoryRefresh): false | Promise<void> {
  // With live loaders the page would update itself; this site has none, but respect the flag.
  if (payload.source === 'mutation' && payload.livePreviewEnabled) return false
  return new Promise<void>((resolve) => {
    location.reload()
    resolve()
  })
}

enableVisualEditing({history, refresh})
