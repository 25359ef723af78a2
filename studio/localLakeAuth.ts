// Signs the browser in to the local Content Lake with the lake's write token, before the Studio
// reads its auth state, so the local Studio opens with no login screen. The token is for this
// machine's lake only; it never exists for a real Sanity project.

/** The Studio keeps a token-based session under this key (sanity's auth store, loginMethod 'token'). */
const storageKey = (projectId: string) => `__studio_auth_token_${projectId}`

export function signInToLocalLake(projectId: string, token: string) {
  if (!token || typeof window === 'undefined' || typeof window.localStorage === 'undefined') return
  const key = storageKey(projectId)
  try {
    const stored = JSON.parse(window.localStorage.getItem(key) ?? 'null') as {token?: string} | null
    // A new data folder has a new token: replace a stale one, or the Studio would ask to log in.
    if (stored?.token !== token) window.localStorage.setItem(key, JSON.stringify({token, time: new Date().toISOString()}))
  } catch {
    window.localStorage.setItem(key, JSON.stringify({token, time: new Date().toISOString()}))
  }
}
