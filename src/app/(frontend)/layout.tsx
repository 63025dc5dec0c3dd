import type { Metadata } from 'next'
import type React from 'react'

import { publicOrigin } from '@/config/publicOrigin'

import './styles.css'

/**
 * Read at request time, so one build serves any `SERVER_URL`: relative canonical, hreflang and
 * Open Graph URLs in the pages' metadata are made absolute against it.
 */
export const generateMetadata = (): Metadata => ({
  metadataBase: new URL(publicOrigin()),
  title: { default: 'Galley', template: '%s — Galley' },
  description: 'Evidence-based cancer information, reviewed by editorial boards before it is published.',
  applicationName: 'Galley',
  manifest: '/manifest.webmanifest',
  openGraph: { siteName: 'Galley', type: 'website' },
})

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            {/* A plain link: public pages are documents served from the page cache, loaded whole. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">Galley</a>
            <span className="meta">Reviewed cancer information</span>
          </div>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  )
}
