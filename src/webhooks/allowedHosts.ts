import type { PayloadRequest } from 'payload'

import { slugs } from '@collections/slugs'

/** The hosts an admin allowed webhooks to reach although they are internal (Editorial settings). */
export const readAllowedHosts = async (req: PayloadRequest): Promise<string[]> => {
  const settings = await req.payload.findGlobal({ slug: slugs.editorialSettings, depth: 0, overrideAccess: true, req })
  return (settings?.webhookAllowedHosts ?? []).filter((host): host is string => typeof host === 'string')
}
