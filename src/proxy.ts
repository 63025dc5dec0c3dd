import type { NextRequest } from 'next/server'

import { NextResponse } from 'next/server'

import { contentSecurityPolicy, nonceSource } from '@/domain/pages/contentSecurityPolicy'

/**
 * The public pages' Content-Security-Policy with a fresh nonce per request: Next reads the policy
 * from the request headers and puts the nonce on every script it writes, so no inline script runs
 * without it. Pages served from the page cache get a policy with their scripts' hashes instead
 * (src/domain/pages/pageCache.ts). The admin, the API and the feed keep their own headers.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const policy = contentSecurityPolicy({ scriptSources: [nonceSource(nonce)], development: process.env.NODE_ENV === 'development' })
  const headers = new Headers(request.headers)
  headers.set('x-nonce', nonce)
  headers.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  return response
}

export const config = {
  matcher: ['/((?!admin|api|feed|_next/static|_next/image|favicon\\.ico).*)'],
}
