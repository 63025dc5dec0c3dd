import type { Payload } from 'payload'

import type { Revision } from '@/domain/revisions'

import { FeedStore } from './feedStore'
import { slugs } from '@collections/slugs'

const KEY = Symbol.for('galley.feed.store')

type Holder = Record<symbol, FeedStore | undefined>

/** Reads the revision rows after a sequence number, oldest first: the only query the feed makes. */
export const revisionRowsLoader = (payload: Payload) => async (afterSeq: number) => {
  const { docs } = await payload.find({
    collection: slugs.revisions,
    where: { id: { greater_than: afterSeq } },
    sort: 'id',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { revision: true },
    overrideAccess: true,
  })
  return docs.map((row) => ({ seq: Number(row.id), revision: row.revision as unknown as Revision }))
}

/** The public origin used in the feed's absolute URLs. */
export const feedOrigin = (payload: Payload): string => payload.config.serverURL.replace(/\/$/, '')

/**
 * The process's feed store, shared through `globalThis` so that the custom server can answer warm
 * requests itself once Next's bundle has created and filled it.
 */
export const sharedFeedStore = (payload: Payload): FeedStore => {
  const holder = globalThis as unknown as Holder
  holder[KEY] ??= new FeedStore(revisionRowsLoader(payload), feedOrigin(payload))
  return holder[KEY]
}

/** The store if Next's bundle has created one (used by the custom server's fast path). */
export const existingFeedStore = (): FeedStore | undefined => (globalThis as unknown as Holder)[KEY]
