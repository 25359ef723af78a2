// Checks that a delivery was signed by Sanity with our secret, over the exact bytes received, and
// recently enough. The header alone is checked first, so a request without a plausible signature is
// refused before its body is read.
import {timingSafeEqual} from 'node:crypto'
import {decodeSignatureHeader, encodeSignatureHeader} from '@sanity/webhook'

export type SignatureCheck = {valid: true} | {valid: false; reason: 'missing' | 'malformed' | 'mismatch' | 'expired'}

export interface SignatureOptions {
  secret: string
  /** How old (or how far ahead of our clock) the signature's timestamp may be. */
  toleranceMs: number
  now?: number
}

export type SignatureHeaderCheck =
  {valid: true; header: string; timestamp: number} | {valid: false; reason: 'missing' | 'malformed' | 'expired'}

/** An HMAC-SHA256 in base64url without padding, as `@sanity/webhook` writes it: 43 characters. */
const HMAC_FORM = /^[A-Za-z0-9_-]{43}$/

/** What can be told from the header alone: present, of Sanity's form, and recent enough. */
export function checkSignatureHeader(
  header: string | string[] | undefined,
  {toleranceMs, now = Date.now()}: Omit<SignatureOptions, 'secret'>,
): SignatureHeaderCheck {
  if (header === undefined || header === '') return {valid: false, reason: 'missing'}
  // Two signature headers cannot both be Sanity's; refuse rather than pick one.
  if (Array.isArray(header)) return {valid: false, reason: 'malformed'}
  let decoded: {timestamp: number; hashedPayload: string}
  try {
    decoded = decodeSignatureHeader(header)
  } catch {
    return {valid: false, reason: 'malformed'}
  }
  if (!HMAC_FORM.test(decoded.hashedPayload)) return {valid: false, reason: 'malformed'}
  // Sanity's timestamps are in milliseconds. @sanity/webhook never checks their age; we do, so a
  // captured delivery cannot be replayed forever. The HMAC, checked once the body is in, covers
  // "<timestamp>.<body>", so a valid signature also vouches for its timestamp.
  if (Math.abs(now - decoded.timestamp) > toleranceMs) return {valid: false, reason: 'expired'}
  return {valid: true, header: header.trim(), timestamp: decoded.timestamp}
}

export async function checkSignature(
  rawBody: string,
  header: string | string[] | undefined,
  {secret, ...options}: SignatureOptions,
): Promise<SignatureCheck> {
  const checked = checkSignatureHeader(header, options)
  if (!checked.valid) return checked
  // An empty body cannot be signed (the library refuses to), so it cannot match.
  if (rawBody === '') return {valid: false, reason: 'mismatch'}
  const expected = await encodeSignatureHeader(rawBody, checked.timestamp, secret)
  const given = Buffer.from(checked.header)
  const wanted = Buffer.from(expected)
  // Compared in constant time, so the answer's timing says nothing about the right signature.
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return {valid: false, reason: 'mismatch'}
  return {valid: true}
}
