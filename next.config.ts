import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'

/**
 * The public pages' security headers (the admin keeps Payload's own). Their Content-Security-Policy
 * carries a per-request nonce and is set by src/proxy.ts; cached pages get their scripts' hashes.
 */
const publicSecurityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
]

const nextConfig: NextConfig = {
  poweredByHeader: false,
  headers: async () => [
    { source: '/((?!admin|api|feed).*)', headers: publicSecurityHeaders },
    { source: '/feed/:path*', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] },
  ],
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
