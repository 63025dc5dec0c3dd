import type { ChangeEvent, IndexEntry } from '@/domain/feed'
import type { RevisionListing, RevisionMeta } from '@/domain/published'
import type { Revision } from '@/domain/revisions'

import { bodyHash, buildFeedIndex, changeEventFor, feedJsonSchema, pageIndex, weakEtag } from '@/domain/feed'
import type { PdqRevisionEvent } from '@/domain/pdq/galley/weeklyChanges'

import { BodyCache, summaryListing } from '@/domain/published'
import { feedChangeVersion } from '@/revisions/feedSignal'

/**
 * The published revisions as the feed and the public site serve them. What it holds per revision
 * is its metadata (a few hundred bytes: sequence, hash, size and its listing); response bodies live
 * in a cache bounded in bytes (`GALLEY_PUBLISHED_CACHE_MB`) and are read from the database on a miss.
 * So memory follows what is hot and the configuration, not the number of versions ever published,
 * and filling the store at start-up reads no revision's content. Topped up with the rows added since
 * its last sequence number: one query after a publication, never one per request.
 *
 * The store is always a gap-free prefix of the change log. Galley numbers publications itself
 * (`sequence`, allocated under a global lock held until the publication commits: see
 * allocateSequence), so they become visible in order. Rows after a missing sequence number still
 * wait until it appears or until it is clearly not coming (GAP_GRACE_MS): the rows written before
 * Galley numbered them kept their row ids as sequence numbers, gaps included, and a row written by
 * anything that bypasses the lock must not make a partner's cursor skip a publication.
 */

/** What the loader reads of a revision row: never the revision's content. */
export type MetaRow = { sequence: number; hash: string; size: number; listing: RevisionListing }

export type LoadMeta = (afterSequence: number) => Promise<MetaRow[]>

/** Reads one revision's JSON as the feed serves it. */
export type LoadBody = (meta: RevisionMeta) => Promise<Buffer>

export type Serialized = { body: Buffer; etag: string }

type Args = {
  loadMeta: LoadMeta
  loadBody: LoadBody
  /** The public origin used in absolute URLs, e.g. 'https://galley.example.org'. */
  origin: string
  /** The bodies' budget; defaults to DEFAULT_CACHE_BYTES. */
  cacheBytes?: number
}

/** A listing's body and weak ETag (from the bytes). */
const serialize = (value: unknown): Serialized => {
  const body = Buffer.from(JSON.stringify(value))
  return { body, etag: weakEtag({ hash: bodyHash({ body }) }) }
}

export class PublishedStore {
  /** type → slug → versions in order (index 0 is version 1). */
  private readonly documents = new Map<string, Map<string, RevisionMeta[]>>()
  /** Every revision in publication order: the change log. */
  readonly events: ChangeEvent[] = []
  lastSequence = 0
  readonly origin: string
  private readonly bodies: BodyCache
  private readonly loadMeta: LoadMeta
  private readonly loadBody: LoadBody
  private seenChange = -1
  private refreshedAt = 0
  private refreshing: Promise<void> | null = null
  private indexEntries: IndexEntry[] | null = null
  private readonly indexPages = new Map<number, Serialized>()
  private schema: Serialized | null = null
  /** PDQ id → summary slug, and back, from the summaries' listings. */
  private readonly slugOfCdrId = new Map<string, string>()
  private readonly cdrIdOfSlug = new Map<string, string>()

  static DEFAULT_CACHE_BYTES = 64 * 1024 * 1024

  constructor({ loadMeta, loadBody, origin, cacheBytes = PublishedStore.DEFAULT_CACHE_BYTES }: Args) {
    this.loadMeta = loadMeta
    this.loadBody = loadBody
    this.origin = origin
    this.bodies = new BodyCache(cacheBytes)
  }

  /** Bytes of response bodies held now (at most the configured budget). */
  get cachedBytes(): number {
    return this.bodies.bytes
  }

  get cacheBudget(): number {
    return this.bodies.maxBytes
  }

  /** How many revisions the store knows (their metadata, not their bodies). */
  get revisionCount(): number {
    return this.events.length
  }

  /**
   * Whether revisions may have been added since the last refresh: a publication in this process said
   * so, or the last look is older than REFRESH_MS (publications by another process or instance, or
   * one whose transaction committed after its signal). At most one query per REFRESH_MS otherwise.
   */
  get stale(): boolean {
    return this.seenChange !== feedChangeVersion() || Date.now() - this.refreshedAt > PublishedStore.REFRESH_MS
  }

  static REFRESH_MS = 5_000

  /**
   * Reads the rows added since the last refresh (all of them the first time). Requests that find the
   * store stale at the same moment share one read instead of each querying the database.
   */
  refresh(): Promise<void> {
    this.refreshing ??= this.readNewRows().finally(() => {
      this.refreshing = null
    })
    return this.refreshing
  }

  /** Refreshes only when a publication may have happened since the last look (see `stale`). */
  async refreshIfStale(): Promise<void> {
    if (this.stale) await this.refresh()
  }

  private async readNewRows(): Promise<void> {
    const change = feedChangeVersion()
    const rows = await this.loadMeta(this.lastSequence)
    this.add(rows)
    this.seenChange = change
    this.refreshedAt = Date.now()
  }

  /**
   * How long a sequence number may be missing before the rows after it are served anyway, measured
   * from the next row's publishedAt (so a restart does not wait again on old gaps).
   */
  static GAP_GRACE_MS = 30_000

  /** Adds the rows that continue the sequence; rows after a recent gap wait for a later refresh. */
  add(rows: readonly MetaRow[], now = Date.now()): void {
    for (const { sequence, hash, size, listing } of [...rows].sort((a, b) => a.sequence - b.sequence)) {
      if (sequence <= this.lastSequence) continue
      const gapIsRecent = now - Date.parse(listing.publishedAt) < PublishedStore.GAP_GRACE_MS
      if (sequence > this.lastSequence + 1 && gapIsRecent) return
      const event = changeEventFor({ seq: sequence, revision: listing })
      const meta: RevisionMeta = { sequence, hash, size, listing, event }
      const ofType = this.documents.get(listing.type) ?? new Map<string, RevisionMeta[]>()
      const versions = ofType.get(listing.slug) ?? []
      versions[listing.version - 1] = meta
      ofType.set(listing.slug, versions)
      const cdrId = summaryListing(listing)?.cdrId
      if (cdrId) {
        this.slugOfCdrId.set(cdrId, listing.slug)
        this.cdrIdOfSlug.set(listing.slug, cdrId)
      }
      this.documents.set(listing.type, ofType)
      this.events.push(event)
      this.lastSequence = sequence
      this.indexEntries = null
      this.indexPages.clear()
    }
  }

  latest(type: string, slug: string): RevisionMeta | undefined {
    return this.documents.get(type)?.get(slug)?.at(-1)
  }

  version(type: string, slug: string, version: number): RevisionMeta | undefined {
    return this.documents.get(type)?.get(slug)?.[version - 1]
  }

  /** Every version of a document, oldest first. */
  versions(type: string, slug: string): readonly RevisionMeta[] {
    return this.documents.get(type)?.get(slug) ?? []
  }

  /** The latest revision of every document of a type (retired ones included). */
  latestOfType(type: string): RevisionMeta[] {
    return [...(this.documents.get(type)?.values() ?? [])].map((versions) => versions.at(-1)!)
  }

  /** The slug of the summary with this PDQ id (imported, or made in Galley: CDR9…). */
  summarySlugOf(cdrId: string): string | undefined {
    return this.slugOfCdrId.get(cdrId)
  }

  /** Every revision of every summary that has a PDQ id, for the weekly partner list. */
  pdqEvents(): PdqRevisionEvent[] {
    const events: PdqRevisionEvent[] = []
    for (const [slug, versions] of this.documents.get('summaries') ?? []) {
      const cdrId = this.cdrIdOfSlug.get(slug)
      if (!cdrId) continue
      for (const meta of versions)
        if (meta) events.push({ cdrId, version: meta.listing.version, kind: meta.listing.kind, publishedAt: meta.listing.publishedAt })
    }
    return events
  }

  /** A body derived from a revision (its PDQ XML, say), cached beside the revisions' own bodies. */
  derived(meta: RevisionMeta, name: string, make: () => Promise<Buffer>): Promise<Buffer> {
    return this.bodies.fetch(`${meta.hash}#${name}`, make)
  }

  /** The revision's JSON as the feed serves it: from the cache, or read once and cached. */
  body(meta: RevisionMeta): Promise<Buffer> {
    return this.bodies.fetch(meta.hash, () => this.loadBody(meta))
  }

  /** The whole revision, parsed from its body (the site renders from it). */
  async revision(meta: RevisionMeta): Promise<Revision> {
    return JSON.parse((await this.body(meta)).toString('utf8')) as Revision
  }

  /**
   * One page of `index.json` (null past the last page): the entries are built from the listings once
   * per published state, and each page is serialized once, on its first request after a publication.
   */
  indexPage(page: number): Serialized | null {
    const kept = this.indexPages.get(page)
    if (kept) return kept
    this.indexEntries ??= buildFeedIndex({
      revisions: [...this.documents.values()].flatMap((ofType) => [...ofType.values()].flatMap(lastTwo)),
      origin: this.origin,
    }).documents
    const index = pageIndex({ documents: this.indexEntries, page, origin: this.origin })
    if (!index) return null
    const serialized = serialize(index)
    this.indexPages.set(page, serialized)
    return serialized
  }

  schemaDocument(): Serialized {
    this.schema ??= serialize(feedJsonSchema({ url: `${this.origin}/feed/v1/schema.json` }))
    return this.schema
  }
}

/** What the index needs of a document: its latest revision and, for a retirement, its last publication. */
const lastTwo = (versions: readonly RevisionMeta[]) => versions.slice(-2).map((meta) => meta.listing)
