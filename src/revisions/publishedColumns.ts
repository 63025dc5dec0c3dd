import type { PayloadRequest } from 'payload'

import type { RevisionListing } from '@/domain/published'
import type { Revision } from '@/domain/revisions'

import { listingOf } from '@/domain/published'

import { allocateSequence } from './allocateSequence'

type Args = { req: PayloadRequest; revision: Revision }

export type PublishedColumns = { sequence: number; size: number; listing: RevisionListing }

/**
 * The columns the published store reads instead of the revision itself: its number in the change
 * log (allocated now, in the publishing transaction: call this right before storing the row), its
 * size and its listing.
 */
export const publishedColumns = async ({ req, revision }: Args): Promise<PublishedColumns> => ({
  size: Buffer.byteLength(JSON.stringify(revision)),
  listing: listingOf(revision),
  sequence: await allocateSequence({ req }),
})
