import type { ChangeEvent, FeedIndex } from '@/domain/feed'
import type { Revision } from '@/domain/revisions'

import { bodyHash, buildFeedIndex, changeEventFor, feedJsonSchema, strongEtag, weakEtag } from '@/domain/feed'
import { feedChangeVersion } from '@/revisions/feedSignal'

/**
 * The feed's published revisions in memory, with every response body serialized once, so a warm
 * request is answered without touching the database. Filled from the `revisions` collection and
 * topped up with the rows added since its last sequence number — one query after a publication,
 * never one per request.
 *
 * The store is always a gap-free prefix of the sequence. Row ids are handed out when a publication
 * inserts its row, not when it commits: on PostgreSQL two concurrent publications can commit in the
 * other order, so row 101 may be readable while row 100 is not yet. Taking 101 and moving on would
 * lose 100 for good (the next read asks for rows after 101), and a partner whose cursor passed 101
 * would never see it either. So rows after a missing id wait until it appears, or until it is
 * clearly a publication that rolled back (GAP_GRACE_MS).
 */

/** One stored revision row, as the loader reads it. */
export type RevisionRow = {
  /** The row id: increases with every publication, so it orders the change log. */
  seq: number
  revision: Revision
}

export type StoredRevision = {
  seq: number
  revision: Revision
  body: Buffer
  /** Strong ETag from the content hash. */
  etag: string
  event: ChangeEvent
}

export type Serialized = { body: Buffer; etag: string }

export type LoadRows = (afterSeq: number) => Promise<RevisionRow[]>

/** A listing's body and weak ETag (from the bytes). */
const serialize = (value: unknown): Serialized => {
  const body = Buffer.from(JSON.stringify(value))
  return { body, etag: weakEtag({ hash: bodyHash({ body }) }) }
}

export class FeedStore {
  /** type/slug → versions in order (index 0 is version 1). */
  readonly documents = new Map<string, StoredRevision[]>()
  /** Every revision in publication order: the change log. */
  readonly events: ChangeEvent[] = []
  lastSeq = 0
  private seenChange = -1
  private index: Serialized | null = null
  private schema: Serialized | null = null

  constructor(
    private readonly loadRows: LoadRows,
    readonly origin: string,
  ) {}

  static key = (type: string, slug: string) => `${type}/${slug}`

  private refreshedAt = 0

  /**
   * Whether revisions may have been added since the last refresh: a publication in this process said
   * so, or the last look is older than REFRESH_MS (publications by another process or instance, or
   * one whose transaction committed after its signal). At most one query per REFRESH_MS otherwise.
   */
  get stale(): boolean {
    return this.seenChange !== feedChangeVersion() || Date.now() - this.refreshedAt > FeedStore.REFRESH_MS
  }

  static REFRESH_MS = 5_000

  private refreshing: Promise<void> | null = null

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
    const rows = await this.loadRows(this.lastSeq)
    this.add(rows)
    this.seenChange = change
    this.refreshedAt = Date.now()
  }

  /**
   * How long an id may be missing before the rows after it are served anyway: a publication holds
   * its id for the milliseconds between its insert and its commit, so an id still missing when the
   * row after it is this old belongs to a publication that rolled back (PostgreSQL never reuses it).
   * Measured from the next row's publishedAt, so a restart does not wait again on old gaps.
   */
  static GAP_GRACE_MS = 30_000

  /** Adds the rows that continue the sequence; rows after a recent gap wait for a later refresh. */
  add(rows: readonly RevisionRow[], now = Date.now()): void {
    for (const { seq, revision } of [...rows].sort((a, b) => a.seq - b.seq)) {
      if (seq <= this.lastSeq) continue
      const gapIsRecent = now - Date.parse(revision.publishedAt) < FeedStore.GAP_GRACE_MS
      if (seq > this.lastSeq + 1 && gapIsRecent) return
      const event = changeEventFor({ seq, revision })
      const stored: StoredRevision = {
        seq,
        revision,
        body: Buffer.from(JSON.stringify(revision)),
        etag: strongEtag({ hash: revision.hash }),
        event,
      }
      const key = FeedStore.key(revision.type, revision.slug)
      const versions = this.documents.get(key) ?? []
      versions[revision.version - 1] = stored
      this.documents.set(key, versions)
      this.events.push(event)
      this.lastSeq = seq
      this.index = null
    }
  }

  latest(type: string, slug: string): StoredRevision | undefined {
    return this.documents.get(FeedStore.key(type, slug))?.at(-1)
  }

  version(type: string, slug: string, version: number): StoredRevision | undefined {
    return this.documents.get(FeedStore.key(type, slug))?.[version - 1]
  }

  /** `index.json`, rebuilt only after a publication. */
  indexDocument(): Serialized {
    if (!this.index) {
      const revisions = [...this.documents.values()].flatMap((versions) => versions.map((stored) => stored.revision))
      const index: FeedIndex = buildFeedIndex({ revisions, origin: this.origin })
      this.index = serialize(index)
    }
    return this.index
  }

  schemaDocument(): Serialized {
    this.schema ??= serialize(feedJsonSchema({ url: `${this.origin}/feed/v1/schema.json` }))
    return this.schema
  }
}
