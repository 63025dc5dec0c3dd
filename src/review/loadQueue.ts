import type { PayloadRequest } from 'payload'

import type { QueueEntry, ReviewQueue } from '@/domain/workflow'

import { isReviewedCollection, slugs } from '@collections/slugs'
import { documentTitle } from '@/domain/revisions'
import { reviewQueue } from '@/domain/workflow'

import { actorOf } from './loadReviewContext'
import { parseStoredReview, toReviewBoard } from './reviewStore'

const QUEUE_STATES = ['in-review', 'changes-requested', 'approved', 'rejected']

/** Titles of the documents under review, read with the user's access (latest draft). */
const loadTitles = async (req: PayloadRequest, rows: { reviewedCollection: string; documentId: string }[]) => {
  const titles = new Map<string, string>()
  const byCollection = new Map<string, string[]>()
  for (const row of rows) byCollection.set(row.reviewedCollection, [...(byCollection.get(row.reviewedCollection) ?? []), row.documentId])
  for (const [collection, ids] of byCollection) {
    if (!isReviewedCollection(collection)) continue
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: ids } },
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      req,
      overrideAccess: false,
    })
    for (const doc of docs)
      titles.set(`${collection}:${doc.id}`, documentTitle({ type: collection, doc: doc as unknown as Record<string, unknown> }))
  }
  return titles
}

/** The signed-in user's review queue: every open round, through the user's own read access. */
export const loadQueue = async ({ req }: { req: PayloadRequest }): Promise<ReviewQueue> => {
  if (!req.user) return { awaitingMyVote: [], readyToPublish: [], submittedByMe: [], overdue: [] }

  const [{ docs: rows }, { docs: boards }] = await Promise.all([
    req.payload.find({
      collection: slugs.reviews,
      where: { state: { in: QUEUE_STATES } },
      depth: 0,
      limit: 0,
      pagination: false,
      req,
      overrideAccess: false,
    }),
    req.payload.find({ collection: slugs.boards, depth: 0, limit: 0, pagination: false, req, overrideAccess: false }),
  ])
  const boardsById = new Map(boards.map((board) => [String(board.id), toReviewBoard(board)]))
  const titles = await loadTitles(req, rows)

  const entries: QueueEntry[] = rows.flatMap((row) => {
    const board = boardsById.get(String(typeof row.board === 'object' ? row.board?.id : row.board))
    const title = titles.get(`${row.reviewedCollection}:${row.documentId}`)
    if (!board || title === undefined) return []
    const review = parseStoredReview({ ref: { collection: row.reviewedCollection, id: row.documentId }, stored: row.review })
    // A damaged row is left out of the queue (and refused, with its reason, on the document itself).
    if ('ok' in review) return []
    return [{ collection: row.reviewedCollection, documentId: row.documentId, title, review, board }]
  })
  return reviewQueue({ entries, actor: actorOf(req), now: new Date() })
}
