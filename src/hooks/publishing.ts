import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import '@/context'

const refusal = () =>
  new APIError(
    'Publishing needs the approval of the responsible editorial board: save a draft and submit it for review.',
    403,
    undefined,
    true,
  )

/**
 * Every door (REST, GraphQL, Local API with a user, the admin) ends in these operations. Unless
 * Galley's own publishing path is running, an explicit request to publish is refused, and a plain
 * save or a restored version is kept as a draft so it never overwrites what the public sees.
 */
export const keepUnapprovedAsDraft: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.context.galleyPublish) return args
  if (operation === 'create' || operation === 'update') {
    const data = (args.data ?? {}) as Record<string, unknown>
    if (data._status === 'published') throw refusal()
    return { ...args, draft: true, data: { ...data, _status: 'draft' } }
  }
  // Restoring an earlier version is an edit like any other: its content becomes the draft (the REST
  // route, src/endpoints/restoreAsDraft.ts, always asks for that). Restoring it as published is refused.
  if (operation === 'restoreVersion' && !args.draft) {
    throw new APIError(
      'A version is restored as a draft only: its content becomes the draft, which the responsible editorial board reviews before it is published.',
      403,
      undefined,
      true,
    )
  }
  return args
}

/** A last check on the stored result, whatever operation produced it. */
export const refuseUnapprovedPublish: CollectionBeforeChangeHook = ({ data, req }) => {
  // A restored version carries the status it was saved with; it is restored as a draft (see above).
  if (req.context.isRestoringVersion && !req.context.galleyPublish) return { ...data, _status: 'draft' }
  if (data?._status === 'published' && !req.context.galleyPublish) throw refusal()
  return data
}
