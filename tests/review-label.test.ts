import {describe, expect, it} from 'vitest'
import {REVIEW_CREDENTIALS, reviewLabel} from '../schemas/lib/reviewLabel'

describe('the review label', () => {
  it('calls a physician’s or psychiatric nurse practitioner’s review medical', () => {
    for (const credential of ['MD', 'DO', 'PMHNP']) expect(reviewLabel(credential)).toBe('Medically reviewed')
  })

  it('calls a psychologist’s, social worker’s or counselor’s review clinical', () => {
    for (const credential of ['PhD', 'PsyD', 'LCSW', 'LPC', 'LMFT']) expect(reviewLabel(credential)).toBe('Clinically reviewed')
  })

  it('claims no kind of review when the credential is not recorded or not known', () => {
    expect(reviewLabel(undefined)).toBe('Reviewed')
    expect(reviewLabel('RN')).toBe('Reviewed')
  })

  it('offers each credential once', () => {
    const values = REVIEW_CREDENTIALS.map((credential) => credential.value)
    expect(new Set(values).size).toBe(values.length)
  })
})
