import type { CollectionBeforeChangeHook } from 'payload'
import { slugs } from '@collections/slugs'

/**
 * The very first account (Payload's "create first user" screen on an empty database) becomes an
 * admin, so a production install without the demo seed can be administered at all.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || req.user) return data
  const { totalDocs } = await req.payload.count({ collection: slugs.users, req })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
