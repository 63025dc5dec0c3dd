import type { MetadataRoute } from 'next'

import { publicOrigin } from '@/config/publicOrigin'

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api'] }], sitemap: `${publicOrigin()}/sitemap.xml` }
}
