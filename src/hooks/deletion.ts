import type {
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'

import { APIError } from 'payload'

import type { PublicRecord } from '@/domain/revisions'

import { contentHash } from '@/domain/revisions/contentHash'
import { whyNotDeletable } from '@/domain/revisions'
import { recordDeletion } from '@/review/reviewStore'

type Args = { req: PayloadRequest; collection: string; ids: (string | number)[] }

/** The latest revision of each of these documents that has one. */
const latestRecords = async ({ req, collection, ids }: Args): Promise<PublicRecord[]> => {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'revisions',
    where: { type: { equals: collection }, documentId: { in: ids.map(String) } },
    select: { documentId: true, version: true, kind: true },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const latest = new Map<string, PublicRecord>()
  for (const row of docs as unknown as PublicRecord[]) {
    if ((latest.get(row.documentId)?.version ?? 0) < row.version) latest.set(row.documentId, row)
  }
  return [...latest.values()]
}

const label = (collection: CollectionConfig) => {
  const singular = collection.labels?.singular
  return (typeof singular === 'string' ? singular : collection.slug).toLowerCase()
}

/** Refuses, with a 409 that says why and what to do instead, when any of `ids` was ever published. */
const refuseIfEverPublished = async ({
  req,
  collection,
  ids,
}: {
  req: PayloadRequest
  collection: CollectionConfig
  ids: (string | number)[]
}) => {
  const records = await latestRecords({ req, collection: collection.slug, ids })
  const reasons = records.map((latest) => whyNotDeletable({ label: label(collection), latest })).filter(Boolean)
  if (reasons.length > 0) throw new APIError(reasons.join(' '), 409, undefined, true)
}

/**
 * A document that was ever published cannot be deleted, through any door: each delete (REST,
 * GraphQL, the admin, the Local API with or without a user) runs this once its access is granted.
 */
export const refuseDeletingPublished: CollectionBeforeDeleteHook = ({ id, collection, req }) =>
  refuseIfEverPublished({ req, collection, ids: [id] })

/**
 * A bulk delete (the admin's list view, `DELETE /api/{collection}?where=…`) that includes a
 * document ever published is refused as a whole with the same 409, before anything is deleted.
 * Whoever may not delete at all is left to Payload's access check.
 */
export const refuseBulkDeletingPublished: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'delete' || 'id' in args || !('where' in args) || !args.where) return args
  const mayDelete = args.overrideAccess === true || (await collection.access.delete({ req })) === true
  if (!mayDelete) return args
  const { docs } = await req.payload.find({
    collection: collection.slug as 'drugs',
    where: args.where,
    select: {},
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  await refuseIfEverPublished({ req, collection, ids: docs.map((doc) => doc.id) })
  return args
}

/**
 * A deleted draft leaves its review behind: the review row goes (there is nothing left to review)
 * and the audit trail records who deleted it. Its id is never given to another document.
 */
export const recordDeletedDraft: CollectionAfterDeleteHook = async ({ id, doc, collection, req }) => {
  const board = (doc as { board: number | { id: number } }).board
  await recordDeletion({
    req,
    ref: { collection: collection.slug, id },
    boardId: typeof board === 'object' ? board.id : board,
    contentHash: contentHash(doc as Record<string, unknown>),
  })
  return doc
}
