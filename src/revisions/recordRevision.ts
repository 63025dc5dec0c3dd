import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { ReviewedCollection } from '@collections/slugs'
import type { Approval, RelatedRevision, Revision } from '@/domain/revisions'
import type { Review } from '@/domain/workflow'

import { buildRetirement, buildRevision, RevisionInvalidError } from '@/domain/revisions'
import { versionPath } from '@/domain/feed'
import { relationId } from '@/review/reviewStore'
import { userNames } from '@/review/userNames'
import { queueWebhookDeliveries } from '@/webhooks/queueDeliveries'

import { markFeedChanged } from './feedSignal'

type Ref = { collection: ReviewedCollection; id: string | number }

type Row = { revision: unknown }

/** The document's latest stored revision, read in the publishing transaction. */
const latestRevision = async (req: PayloadRequest, ref: Ref): Promise<Revision | null> => {
  const { docs } = await req.payload.find({
    collection: 'revisions',
    where: { and: [{ type: { equals: ref.collection } }, { documentId: { equals: String(ref.id) } }] },
    sort: '-version',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs[0] ? ((docs[0] as Row).revision as Revision) : null
}

/** The types a document of each type can link to or cite. */
const linkedTypes: Record<ReviewedCollection, ReviewedCollection[]> = {
  summaries: ['summaries', 'stages', 'treatments', 'drugs', 'references'],
  stages: ['treatments'],
  treatments: ['drugs'],
  drugs: ['references'],
  references: [],
}

type Meta = { id: number | string; type: string; documentId: string; version: number }

/**
 * The latest revision of every document this type can link to, for pinning related documents and
 * resolving citations. Reads the small bookkeeping columns first and the revision JSON only of each
 * document's latest version, so a publication does not grow with the history.
 */
const latestRevisions = async (req: PayloadRequest, type: ReviewedCollection): Promise<RelatedRevision[]> => {
  const types = linkedTypes[type]
  if (types.length === 0) return []
  const { docs: rows } = await req.payload.find({
    collection: 'revisions',
    where: { type: { in: types } },
    select: { type: true, documentId: true, version: true },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const latest = new Map<string, Meta>()
  for (const row of rows as Meta[]) {
    const key = `${row.type}:${row.documentId}`
    if ((latest.get(key)?.version ?? 0) < row.version) latest.set(key, row)
  }
  if (latest.size === 0) return []
  const { docs } = await req.payload.find({
    collection: 'revisions',
    where: { id: { in: [...latest.values()].map((row) => row.id) } },
    select: { revision: true },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return (docs as Row[]).map((row) => row.revision as RelatedRevision)
}

type ApprovalArgs = { req: PayloadRequest; boardId: string | number; review: Review | null }

/** Who approved the change and when, in the revision's words; an import has no approvers. */
const approvalOf = async ({ req, boardId, review }: ApprovalArgs): Promise<Approval> => {
  const board = await req.payload.findByID({ collection: 'boards', id: boardId, depth: 0, req, overrideAccess: true })
  const approverIds = review?.approvedBy ?? []
  const names = await userNames(req, approverIds)
  return {
    changeType: review?.changeType ?? 'new',
    note: review?.note ?? 'Initial import of the demo content; not reviewed by a board in Galley.',
    approvedBy: approverIds.map((id) => ({ id, name: names.get(id) ?? `User ${id}` })),
    approvedAt: review?.approvedAt ?? null,
    board: { id: String(board.id), slug: board.slug ?? String(board.id), name: board.name },
  }
}

type Args = {
  req: PayloadRequest
  ref: Ref
  kind: 'published' | 'retired'
  /** The review that approved it; null for the demo import. */
  review: Review | null
}

/**
 * Stores the revision a publication (or retirement) creates, in the publishing transaction: the
 * document's next version, chained to the previous one, as the feed and the public site will serve
 * it. A document that cannot be published as it stands (a link to an unpublished document, say)
 * refuses the whole publication with a 409 naming the fields.
 */
export const recordRevision = async ({ req, ref, kind, review }: Args): Promise<Revision> => {
  const doc = await req.payload.findByID({ collection: ref.collection, id: ref.id, depth: 0, draft: false, req, overrideAccess: true })
  const previous = await latestRevision(req, ref)
  const approval = await approvalOf({ req, boardId: relationId(doc.board as number), review })
  const now = new Date()

  let revision: Revision
  try {
    revision =
      kind === 'retired' && previous
        ? buildRetirement({ previous, approval, now })
        : buildRevision({ type: ref.collection, doc: doc as unknown as Record<string, unknown>, previous, resolved: await latestRevisions(req, ref.collection), approval, now })
  } catch (error) {
    if (error instanceof RevisionInvalidError) {
      const errors = error.issues.map((issue) => ({ path: issue.path, message: issue.message }))
      throw new APIError(`This cannot be published yet: ${error.message}`, 409, { errors }, true)
    }
    throw error
  }

  const row = await req.payload.create({
    collection: 'revisions',
    data: {
      label: `${revision.type}/${revision.slug} v${revision.version}`,
      type: revision.type,
      slug: revision.slug,
      documentId: revision.documentId,
      version: revision.version,
      kind: revision.kind,
      publishedAt: revision.publishedAt,
      hash: revision.hash,
      previousHash: revision.previousHash,
      revision: revision as unknown as Record<string, unknown>,
    },
    req,
    overrideAccess: true,
  })
  // Queued in the same transaction: a publication that rolls back announces nothing.
  await queueWebhookDeliveries({
    req,
    event: {
      id: String(row.id),
      kind: revision.kind,
      type: revision.type,
      slug: revision.slug,
      version: revision.version,
      at: revision.publishedAt,
      url: `${req.payload.config.serverURL.replace(/\/$/, '')}${versionPath({ type: revision.type, slug: revision.slug, version: revision.version })}`,
    },
  })
  markFeedChanged()
  return revision
}
