import type { Payload } from 'payload'

import type { RevisionListing, RevisionMeta } from '@/domain/published'

import type { LoadBody, LoadMeta, MetaRow } from './PublishedStore'

import { PublishedStore } from './PublishedStore'
import { publicOrigin } from '@/config/publicOrigin'

const KEY = Symbol.for('galley.published.store')

type Holder = Record<symbol, PublishedStore | undefined>

/** Rows read per query when filling the store: its memory while loading stays flat. */
const META_BATCH = 2_000

/**
 * Reads the metadata of the revisions after a sequence number, oldest first: the sequence, hash,
 * size and listing columns, never the `revision` column with the content.
 */
export const revisionMetaLoader =
  (payload: Payload, batch = META_BATCH): LoadMeta =>
  async (afterSequence) => {
    const rows: MetaRow[] = []
    for (let after = afterSequence; ;) {
      const { docs } = await payload.find({
        collection: 'revisions',
        where: { sequence: { greater_than: after } },
        sort: 'sequence',
        limit: batch,
        pagination: false,
        depth: 0,
        select: { sequence: true, hash: true, size: true, listing: true },
        overrideAccess: true,
      })
      for (const row of docs) {
        rows.push({
          sequence: Number(row.sequence),
          hash: row.hash,
          size: Number(row.size),
          listing: row.listing as unknown as RevisionListing,
        })
      }
      if (docs.length < batch) return rows
      after = rows[rows.length - 1].sequence
    }
  }

/** Reads one revision's JSON (the `revision` column of one row, by its sequence number). */
export const revisionBodyLoader =
  (payload: Payload): LoadBody =>
  async (meta: RevisionMeta) => {
    const { docs } = await payload.find({
      collection: 'revisions',
      where: { sequence: { equals: meta.sequence } },
      limit: 1,
      pagination: false,
      depth: 0,
      select: { revision: true },
      overrideAccess: true,
    })
    if (!docs[0])
      throw new Error(`revision ${meta.listing.type}/${meta.listing.slug} v${meta.listing.version} (sequence ${meta.sequence}) is gone`)
    return Buffer.from(JSON.stringify(docs[0].revision))
  }

/** The public origin used in the feed's absolute URLs. */
export const publishedOrigin = (_payload: Payload): string => publicOrigin()

/**
 * The response bodies' budget: `GALLEY_PUBLISHED_CACHE_MB` megabytes (64 when unset). Anything but
 * a whole number stops the server with a message naming the variable.
 */
export const publishedCacheBytes = (value = process.env.GALLEY_PUBLISHED_CACHE_MB): number => {
  if (value === undefined || value === '') return PublishedStore.DEFAULT_CACHE_BYTES
  if (!/^\d{1,6}$/.test(value)) throw new Error(`GALLEY_PUBLISHED_CACHE_MB must be a whole number of megabytes, got "${value}"`)
  return Number(value) * 1024 * 1024
}

type StoreOptions = {
  /** The origin of absolute URLs; the server's URL by default. */
  origin?: string
  /** The bodies' budget; GALLEY_PUBLISHED_CACHE_MB by default. */
  cacheBytes?: number
}

/** A store reading from this Payload's database. */
export const publishedStoreFor = (payload: Payload, { origin, cacheBytes }: StoreOptions = {}): PublishedStore =>
  new PublishedStore({
    loadMeta: revisionMetaLoader(payload),
    loadBody: revisionBodyLoader(payload),
    origin: origin ?? publishedOrigin(payload),
    cacheBytes: cacheBytes ?? publishedCacheBytes(),
  })

/**
 * The process's published store, shared through `globalThis` so that the custom server can answer
 * warm requests itself once Next's bundle has created and filled it.
 */
export const sharedPublishedStore = (payload: Payload): PublishedStore => {
  const holder = globalThis as unknown as Holder
  holder[KEY] ??= publishedStoreFor(payload)
  return holder[KEY]
}

/** The store if Next's bundle has created one (used by the custom server's fast path). */
export const existingPublishedStore = (): PublishedStore | undefined => (globalThis as unknown as Holder)[KEY]
