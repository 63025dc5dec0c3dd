import type { CollectionAdminOptions } from 'payload'

import type { PreviewableType } from '@/domain/pages'

/**
 * The admin's Preview button for a collection with public pages: /preview turns on draft mode for
 * the signed-in staff member and opens the page showing the current draft.
 */
export const draftPreviewUrl =
  (collection: PreviewableType): NonNullable<CollectionAdminOptions['preview']> =>
  (doc) =>
    typeof doc?.slug === 'string' && doc.slug ? `/preview?collection=${collection}&slug=${encodeURIComponent(doc.slug)}` : null
