import type { MetadataRoute } from 'next'

/** The web app manifest: name, colours and icons for a phone's home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Galley — reviewed cancer information',
    short_name: 'Galley',
    description: 'Evidence-based cancer information, reviewed by editorial boards before it is published.',
    start_url: '/',
    display: 'minimal-ui',
    background_color: '#fdfcfa',
    theme_color: '#0b5cad',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  }
}
