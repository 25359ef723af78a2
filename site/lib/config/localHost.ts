// Whether an address names this machine. Shared by the site's configuration (a plain-http form
// receiver is allowed only here) and the intake receiver (mail to a server here may skip TLS). Kept
// to the three names the loopback interface is known by, so anything else is treated as remote:
// the stricter reading when a wrong answer would send personal data in the clear.

const LOCAL_HOSTNAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]'])

export function isLocalHost(hostname: string): boolean {
  return LOCAL_HOSTNAMES.has(hostname.toLowerCase())
}
