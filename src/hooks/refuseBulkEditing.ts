import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

/**
 * Reviewed documents change one at a time: each change is a draft its board reviews on its own, and
 * publishing or unpublishing is never a bulk operation. Payload's bulk update (`PATCH /api/{collection}?where=…`,
 * the list view's Edit / Publish / Unpublish on a selection) is refused with the reason; the admin does not
 * offer it (`disableBulkEdit`).
 */
export const bulkEditRefusal =
  'Reviewed documents are changed one at a time: open the document, save a draft and submit it for its board’s review. Publishing and unpublishing go through review too (retire a document to take it off the public site).'

/** Payload's own refusal for a collection with `disableBulkEdit`, which says what but not why. */
export const isPayloadBulkEditRefusal = (message: unknown): boolean =>
  typeof message === 'string' && /^Collection \S+ has disabled bulk edit$/.test(message)

export const refuseBulkEditing: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'update' || 'id' in args || !('where' in args)) return args
  throw new APIError(bulkEditRefusal, 403, undefined, true)
}
