// Encryption of inquiries at rest: AES-256-GCM with a fresh 96-bit nonce per record. The record's
// id is authenticated with it, so a file cannot be passed off under another name, and any change to
// a file (or a wrong key) is detected rather than decrypted into garbage.
import {createCipheriv, createDecipheriv, randomBytes} from 'node:crypto'

/** AES-256 takes a 32-byte key. */
export const KEY_BYTES = 32

/** Format marker and version, so a later format can be told apart. */
const MAGIC = Buffer.from('HLI1')
const NONCE_BYTES = 12
const TAG_BYTES = 16

export function generateKey(): Buffer {
  return randomBytes(KEY_BYTES)
}

/** MAGIC | nonce | tag | ciphertext. */
export function seal(key: Buffer, plaintext: Buffer, id: string): Buffer {
  const nonce = randomBytes(NONCE_BYTES)
  const cipher = createCipheriv('aes-256-gcm', key, nonce, {authTagLength: TAG_BYTES})
  cipher.setAAD(Buffer.from(id, 'utf8'))
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()])
  return Buffer.concat([MAGIC, nonce, cipher.getAuthTag(), ciphertext])
}

export class UnreadableRecord extends Error {
  override name = 'UnreadableRecord'
}

/** The plaintext of a sealed record; throws UnreadableRecord if it was changed or the key is another. */
export function unseal(key: Buffer, sealed: Buffer, id: string): Buffer {
  const headerBytes = MAGIC.length + NONCE_BYTES + TAG_BYTES
  if (sealed.length < headerBytes || !sealed.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new UnreadableRecord('not a sealed inquiry record')
  }
  const nonce = sealed.subarray(MAGIC.length, MAGIC.length + NONCE_BYTES)
  const tag = sealed.subarray(MAGIC.length + NONCE_BYTES, headerBytes)
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, {authTagLength: TAG_BYTES})
  decipher.setAAD(Buffer.from(id, 'utf8'))
  decipher.setAuthTag(tag)
  try {
    return Buffer.concat([decipher.update(sealed.subarray(headerBytes)), decipher.final()])
  } catch {
    throw new UnreadableRecord('the record does not match its key (another key, or the file was changed)')
  }
}
