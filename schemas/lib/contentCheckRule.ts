// The Studio side of the content checks: one document-level rule whose warnings appear on the
// fields they concern (reading level on the body or answer, wording wherever it is).
import type {DocumentRule, ValidationError} from 'sanity'
import {checkContent} from './contentChecks'

/** Pass as a document type's `validation`: warnings only, so they never block publishing. */
export function contentChecks(rule: DocumentRule) {
  return rule
    .custom((document): true | ValidationError[] => {
      const findings = document ? checkContent(document) : []
      return findings.length === 0 ? true : findings.map(({message, path}) => ({message, path}))
    })
    .warning()
}
