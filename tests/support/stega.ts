// Reads the click-to-edit info hidden in a string (the encoding of @vercel/stega, which Sanity's
// client uses): four zero-width spaces, then each byte of a JSON payload as four base-4 digits.
const DIGITS = new Map([...'\u200B\u200C\u200D\uFEFF'].map((char, digit) => [char, digit]))
const START = '\u200B'.repeat(4)
const ANY_STEGA = /[\u200B-\u200D\u2060-\u2063\uFEFF\u{1D173}-\u{1D17A}]/u

/** The edit info of the first encoded run in `text`, or undefined when it carries none. */
export function decodeStega(text: string): {origin: string; href: string} | undefined {
  const start = text.indexOf(START)
  if (start === -1) return undefined
  const chars = [...text.slice(start + START.length)]
  const bytes: number[] = []
  for (let i = 0; i + 3 < chars.length && DIGITS.has(chars[i] ?? ''); i += 4) {
    const [a, b, c, d] = chars.slice(i, i + 4).map((char) => DIGITS.get(char) ?? 0)
    bytes.push(((a ?? 0) << 6) | ((b ?? 0) << 4) | ((c ?? 0) << 2) | (d ?? 0))
  }
  return JSON.parse(new TextDecoder().decode(new Uint8Array(bytes))) as {origin: string; href: string}
}

/** Whether `text` contains any of the invisible characters stega uses. */
export const hasStega = (text: string) => ANY_STEGA.test(text)
