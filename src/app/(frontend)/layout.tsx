import type { Metadata } from 'next'
import type React from 'react'

import './styles.css'

export const metadata: Metadata = {
  title: { default: 'Galley', template: '%s — Galley' },
  description: 'Evidence-based cancer information, reviewed by editorial boards before it is published.',
}

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
