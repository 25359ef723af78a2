// Which words a review carries, decided by the reviewer's credential: a physician's or a
// psychiatric nurse practitioner's review is a medical review; a psychologist's, social worker's or
// counselor's is a clinical review. The Studio offers these credentials; the site labels reviews.

export const REVIEW_CREDENTIALS = [
  {value: 'MD', title: 'MD: physician', review: 'medical'},
  {value: 'DO', title: 'DO: physician (osteopathic)', review: 'medical'},
  {value: 'PMHNP', title: 'PMHNP: psychiatric-mental health nurse practitioner', review: 'medical'},
  {value: 'PhD', title: 'PhD: psychologist', review: 'clinical'},
  {value: 'PsyD', title: 'PsyD: psychologist', review: 'clinical'},
  {value: 'LCSW', title: 'LCSW: licensed clinical social worker', review: 'clinical'},
  {value: 'LPC', title: 'LPC: licensed professional counselor', review: 'clinical'},
  {value: 'LCPC', title: 'LCPC: licensed clinical professional counselor', review: 'clinical'},
  {value: 'LMHC', title: 'LMHC: licensed mental health counselor', review: 'clinical'},
  {value: 'LMFT', title: 'LMFT: licensed marriage and family therapist', review: 'clinical'},
  {value: 'LCADC', title: 'LCADC: licensed clinical alcohol and drug counselor', review: 'clinical'},
] as const

export type ReviewCredential = (typeof REVIEW_CREDENTIALS)[number]['value']
export type ReviewKind = 'medical' | 'clinical'

export const REVIEW_CREDENTIAL_VALUES = REVIEW_CREDENTIALS.map((credential) => credential.value) as [
  ReviewCredential,
  ...ReviewCredential[],
]

/** The English names of the kinds of review (the site's catalog holds the other languages'). */
export const REVIEW_LABELS: Record<ReviewKind, string> = {medical: 'Medically reviewed', clinical: 'Clinically reviewed'}

/** When the credential is not recorded, so a page never claims more than it can. */
export const UNKNOWN_REVIEW_LABEL = 'Reviewed'

/** The kind of review a credential qualifies for; undefined for a credential not on the list. */
export function reviewKind(credential: string | undefined): ReviewKind | undefined {
  return REVIEW_CREDENTIALS.find((entry) => entry.value === credential)?.review
}

/**
 * "Medically reviewed" or "Clinically reviewed"; only "Reviewed" when the reviewer's credential is
 * not recorded (content from before the field existed), so a page never claims more than it can.
 */
export function reviewLabel(credential: string | undefined): string {
  const kind = reviewKind(credential)
  return kind ? REVIEW_LABELS[kind] : UNKNOWN_REVIEW_LABEL
}
