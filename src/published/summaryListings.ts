import type { PayloadRequest } from 'payload'

import type { RevisionListing } from '@/domain/published'

import { slugs } from '@collections/slugs'

/**
 * Every published summary revision's listing, oldest version first: what out-of-date marking
 * (`findOutOfDate`) reads. Never a revision's content. With `overrideAccess: false` it reads with the
 * request's user (revisions are for staff only).
 */
export const readSummaryListings = async ({
  req,
  overrideAccess,
}: {
  req: PayloadRequest
  overrideAccess: boolean
}): Promise<RevisionListing[]> => {
  const { docs } = await req.payload.find({
    collection: slugs.revisions,
    where: { type: { equals: slugs.summaries } },
    sort: 'version',
    select: { listing: true },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess,
  })
  return docs.map((row) => row.listing as unknown as RevisionListing)
}
