// Where the local Content Lake and the local Studio run by default, and the project id they share
// when no Sanity project is configured. Plain values only: the Studio's bundle imports this too.

/** The project id of the local lake; the Studio calls `http://local.localhost:<port>`, which browsers resolve to this machine. */
export const LOCAL_PROJECT_ID = 'local'
export const DEFAULT_LAKE_PORT = 3334
export const DEFAULT_STUDIO_PORT = 3333
