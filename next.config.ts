import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'

/** The public pages' security headers (the admin keeps Payload's own). */
const publicSecurityHeaders = [
  {
    key: 'Content-Security-Policy',
    value: [
      "default-src 'self'",
      // Next's hydration data is inline; no third-party script is ever loaded.
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; '),
  },
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
