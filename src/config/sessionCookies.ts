/**
 * Session cookies are `Secure` when Galley is served over HTTPS, which is what SERVER_URL says.
 * Behind a proxy that terminates TLS, SERVER_URL is the public https:// address, so the cookie is
 * Secure although the proxy talks plain HTTP to Galley. `SESSION_COOKIES_SECURE=1` (or `0`) overrides it.
 */
export const sessionCookiesSecure = (env: Record<string, string | undefined> = process.env): boolean => {
  if (env.SESSION_COOKIES_SECURE === '1') return true
  if (env.SESSION_COOKIES_SECURE === '0') return false
  return (env.SERVER_URL ?? '').toLowerCase().startsWith('https://')
}
