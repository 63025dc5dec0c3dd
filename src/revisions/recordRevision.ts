import type { PayloadRequest, Where } from 'payload'

import type { ReviewedCollection } from '@collections/slugs'
import type { Approval, LinkedDocument, RelatedRevision, Revision } from '@/domain/revisions'
import type { Review } from '@/domain/workflow'

import { relationValue } from '@/db/relationValue'
import { refusal } from '@/domain/errors'
import { buildRetirement, buildRevision, linkedDocuments, RevisionInvalidError } from '@/domain/revisions'
import { versionPath } from '@/domain/feed'
import { refusalError } from '@/errors/refusalError'
import { userNames } from '@/people/userNames'
import { queueWebhookDeliveries } from '@/webhooks/queueDeliveries'
import { indexRevision } from '@/search/searchIndex'
import { slugs } from '@collections/slugs'

import { latestRevisionMetas } from './latestRevisionMetas'
import { publishedColumns } from './publishedColumns'
import { publicOrigin } from '@/config/publicOrigin'

type Ref = { collection: ReviewedCollection; id: string | number }

type Row = { revision: unknown }

/** The document's latest stored revision, read in the publishing transaction. */
export const latestRevision = async (req: PayloadRequest, ref: Ref): Promise<Revision | null> => {
  const { docs } = await req.payload.find({
    collection: slugs.revisions,
    where: { and: [{ type: { equals: ref.collection } }, { documentId: { equals: String(ref.id) } }] },
    sort: '-version',
    limit: 1,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs[0] ? ((docs[0] as Row).revision as Revision) : null
}

/**
 * The latest revision of each document `linked` names, for pinning related documents and resolving
 * citations. Two queries, both on the (type, documentId, version) index: the bookkeeping columns of
 * those documents' revisions, then the JSON of each one's latest. Their size follows the document's
 * links and their histories, not the number of published documents.
 */
const latestRevisionsOf = async (req: PayloadRequest, linked: LinkedDocument[]): Promise<RelatedRevision[]> => {
  if (linked.length === 0) return []
  const idsByType = new Map<string, string[]>()
  for (const { type, id } of linked) idsByType.set(type, [...(idsByType.get(type) ?? []), id])
  const byType: Where[] = [...idsByType].map(([type, ids]) => ({ type: { equals: type }, documentId: { in: ids } }))
  const latest = await latestRevisionMetas(req.payload, req, { or: byType })
  if (latest.length === 0) return []
  const { docs } = await req.payload.find({
    collection: slugs.revisions,
    where: { id: { in: latest.map((row) => row.id) } },
    select: { revision: true },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return (docs as Row[]).map((row) => row.revision as RelatedRevision)
}

type BuildArgs = {
  req: PayloadRequest
  type: ReviewedCollection
  /** The document as stored, relationships as ids. */
  doc: Record<string, unknown>
  previous: Revision | null
  approval: Approval
  now: Date
}

/**
 * The document's next revision, pinned to the latest revisions of the documents it links to or cites.
 * Throws RevisionInvalidError when it cannot be published as it stands.
 */
export const buildNextRevision = async ({ req, type, doc, previous, approval, now }: BuildArgs): Promise<Revision> => {
  const resolved = await latestRevisionsOf(req, linkedDocuments({ type, doc }))
  return buildRevision({ type, doc, previous, resolved, approval, now })
}

type ApprovalArgs = { req: PayloadRequest; boardId: string | number; review: Review | null; importNote?: string }

/** Who approved the change and when, in the revision's words; an import has no approvers. */
export const approvalOf = async ({ req, boardId, review, importNote }: ApprovalArgs): Promise<Approval> => {
  const board = await req.payload.findByID({ collection: slugs.boards, id: boardId, depth: 0, req, overrideAccess: true })
  const approverIds = review?.approvedBy ?? []
  const names = await userNames(req, approverIds)
  return {
    changeType: review?.changeType ?? 'new',
    publicNote: review
      ? (review.publicNote ?? null)
      : (importNote ?? 'Initial import of the demo content; not reviewed by a board in Galley.'),
    approvedBy: approverIds.map((id) => ({ id, name: names.get(id) ?? `User ${id}` })),
    approvedAt: review?.approvedAt ?? null,
    board: { id: String(board.id), slug: board.slug ?? String(board.id), name: board.name },
  }
}

type Args = {
  req: PayloadRequest
  ref: Ref
  kind: 'published' | 'retired'
  /** The review that approved it; null for an import. */
  review: Review | null
  /** For an import: what readers are told about this revision (defaults to the demo import's words). */
  importNote?: string
  /** When it is published: the revision's `publishedAt`. */
  now: Date
}

/**
 * Stores the revision a publication (or retirement) creates, in the publishing transaction: the
 * document's next version, chained to the previous one, as the feed and the public site will serve
 * it. A document that cannot be published as it stands (a link to an unpublished document, say)
 * refuses the whole publication with a 409 naming the fields.
 */
export const recordRevision = async ({ req, ref, kind, review, now, importNote }: Args): Promise<Revision> => {
  const doc = await req.payload.findByID({ collection: ref.collection, id: ref.id, depth: 0, draft: false, req, overrideAccess: true })
  const previous = await latestRevision(req, ref)
  const approval = await approvalOf({ req, boardId: relationValue(doc.board as number), review, importNote })
  // The review refuses this at submission; this keeps a draft from ever going out as a "retirement".
  if (kind === 'retired' && previous?.kind !== 'published') {
    throw refusalError(
      refusal({
        status: 409,
        message: 'Nothing is published to retire: this document has no published version. Submit it with intent "publish" instead.',
      }),
    )
  }

  let revision: Revision
  try {
    revision =
      kind === 'retired' && previous
        ? buildRetirement({ previous, approval, now })
        : await buildNextRevision({ req, type: ref.collection, doc: doc as unknown as Record<string, unknown>, previous, approval, now })
  } catch (error) {
    if (error instanceof RevisionInvalidError) {
      const [first, ...rest] = error.issues.map((issue) =>
        refusal({
          status: 409,
          field: issue.path || undefined,
          message: `This cannot be published yet: ${issue.message}. Publish what it links to first, or edit the draft.`,
        }),
      )
      throw first
        ? refusalError(first, ...rest)
        : refusalError(refusal({ status: 409, message: `This cannot be published yet: ${error.message}` }))
    }
    throw error
  }

  const row = await req.payload.create({
    collection: slugs.revisions,
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
      ...(await publishedColumns({ req, revision })),
    },
    req,
    overrideAccess: true,
  })
  // Searchable the moment it commits; a retirement takes it out of the search.
  await indexRevision({ req, revision })
  // Queued in the same transaction: a publication that rolls back announces nothing.
  await queueWebhookDeliveries({
    req,
    event: {
      id: String(row.sequence),
      kind: revision.kind,
      type: revision.type,
      slug: revision.slug,
      version: revision.version,
      at: revision.publishedAt,
      url: `${publicOrigin()}${versionPath({ type: revision.type, slug: revision.slug, version: revision.version })}`,
    },
  })
  return revision
}
