import type { MetadataRoute } from 'next'

export default function robots(): MetadataRoute.Robots {
  const origin = (process.env.SERVER_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '')
  return { rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api'] }], sitemap: `${origin}/sitemap.xml` }
}
