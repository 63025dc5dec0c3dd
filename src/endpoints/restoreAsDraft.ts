import type { Endpoint } from 'payload'

import { restoreVersionOperation } from 'payload'

import type { ReviewedCollection } from '@collections/slugs'

/**
 * `POST /api/{collection}/versions/:id` (the admin's Restore button, whatever its "as draft" box
 * says): the version's content becomes the draft, recorded as an edit by whoever restored it, and
 * goes through review like any other change. What is published stays until the board approves.
 * It takes the place of Payload's own restore route, which could overwrite the published document.
 */
export const restoreAsDraft = (collection: ReviewedCollection): Endpoint => ({
  path: '/versions/:id',
  method: 'post',
  handler: async (req) => {
    // The operation itself: the Local API's restoreVersion drops `draft` (Payload 3.90).
    const doc = await restoreVersionOperation({
      collection: req.payload.collections[collection],
      id: String(req.routeParams?.id ?? ''),
      draft: true,
      depth: 0,
      req,
      overrideAccess: false,
    })
    return Response.json({ ...doc, message: 'Restored as a draft. Submit it for review to publish it.' })
  },
})
