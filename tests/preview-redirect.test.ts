// Where the preview's enable endpoint may send an editor: only to a page of the preview itself.
import {describe, expect, it} from 'vitest'
import {safeRedirectPath} from '../site/lib/preview/access'

const ORIGIN = 'http://127.0.0.1:4322'

describe('the preview redirect', () => {
  it('keeps paths on the preview, with their query and fragment', () => {
    expect(safeRedirectPath('/conditions/anxiety/', ORIGIN)).toBe('/conditions/anxiety/')
    expect(safeRedirectPath('/conditions/?tab=signs#faq', ORIGIN)).toBe('/conditions/?tab=signs#faq')
    expect(safeRedirectPath(`${ORIGIN}/therapies/`, ORIGIN)).toBe('/therapies/')
  })

  it('sends every other origin to the home page', () => {
    for (const target of [
      '//evil.example/',
      'https://evil.example/',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      'http://127.0.0.1:4323/',
    ]) {
      expect(safeRedirectPath(target, ORIGIN), target).toBe('/')
    }
  })

  it('sends any control character to the home page: a tab in "/\\t/evil.example" would leave the site', () => {
    // What the enable endpoint reads from redirect=/%09/evil.example.
    expect(safeRedirectPath(decodeURIComponent('/%09/evil.example'), ORIGIN)).toBe('/')
    for (const character of ['\t', '\n', '\r', '\0', '\x1b', '\x7f', '\u0085']) {
      expect(safeRedirectPath(`/conditions/${character}anxiety/`, ORIGIN), JSON.stringify(character)).toBe('/')
    }
  })

  it('sends nothing to the home page', () => {
    expect(safeRedirectPath(null, ORIGIN)).toBe('/')
    expect(safeRedirectPath('', ORIGIN)).toBe('/')
  })
})
