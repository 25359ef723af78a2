// Starts the Chromium the browser tests use (found by scripts/chromium.ts) headless, quiet (no
// network chatter of its own) and with a fresh profile.
import {chromium, type Browser} from 'playwright-core'
import {CHROMIUM_FLAGS} from '../../scripts/chromium.ts'

export {findChromium, NO_BROWSER_MESSAGE} from '../../scripts/chromium.ts'

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({executablePath, headless: true, args: CHROMIUM_FLAGS, timeout: 60_000})
}

/** Runs `task` over `items` with at most `limit` at a time; results keep the order of `items`. */
export async function mapPool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index] as T, index)
    }
  }
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker))
  return results
}
