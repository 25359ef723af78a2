// Checks that a delivery was signed by Sanity with our secret, over the exact bytes received, and
// recently enough.
import {decodeSignatureHeader, isValidSignature} from '@sanity/webhook'

export type SignatureCheck = {valid: true} | {valid: false; reason: 'missing' | 'malformed' | 'mismatch' | 'expired'}

export interface SignatureOptions {
  secret: string
  /** How old (or how far ahead of our clock) the signature's timestamp may be. */
  toleranceMs: number
  now?: number
}

export async function checkSignature(
  rawBody: string,
  header: string | string[] | undefined,
  {secret, toleranceMs, now = Date.now()}: SignatureOptions,
): Promise<SignatureCheck> {
  if (header === undefined || header === '') return {valid: false, reason: 'missing'}
  // Two signature headers cannot both be Sanity's; refuse rather than pick one.
  if (Array.isArray(header)) return {valid: false, reason: 'malformed'}
  let timestamp: number
  try {
    timestamp = decodeSignatureHeader(header).timestamp
  } catch {
    return {valid: false, reason: 'malformed'}
  }
  // The HMAC covers "<timestamp>.<body>", so a valid signature also vouches for its timestamp.
  if (!(await isValidSignature(rawBody, header, secret))) return {valid: false, reason: 'mismatch'}
  // Sanity's timestamps are in milliseconds. @sanity/webhook never checks their age; we do, so a
  // captured delivery cannot be replayed forever.
  if (Math.abs(now - timestamp) > toleranceMs) return {valid: false, reason: 'expired'}
  return {valid: true}
}
