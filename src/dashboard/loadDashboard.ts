import type { PayloadRequest, Where } from 'payload'

import type { Bucket, BoardTurnaround, DueSummary, ReferenceHealthRow, ReviewEventRow } from '@/domain/dashboard/reviewHealth'
import type { OutOfDate } from '@/domain/feed'
import type { ReviewQueue } from '@/domain/workflow'

import { slugs } from '@collections/slugs'
import {
  DEFAULT_REFERENCE_REVIEW_YEARS,
  byMonthsSinceReview,
  dueSummaries,
  referenceReviewCutoff,
  roundsByAge,
  turnaroundByBoard,
} from '@/domain/dashboard/reviewHealth'
import { documentCitations } from '@/domain/diff/documentCitations'
import { findOutOfDate } from '@/domain/feed'
import { isManagingEditorOrAdmin } from '@/domain/people/roles'
import { readSummaryListings } from '@/published/summaryListings'
import { loadQueue } from '@/review/loadQueue'

export type Board = { id: string; name: string }

export type Dashboard = {
  queue: ReviewQueue
  /** The boards the health figures cover: the person's own boards, or every board for editors, admins and writers. */
  boards: Board[]
  allBoards: boolean
  /** The filter that keeps a list to those boards' documents (empty for every board). */
  scope: Where
  referenceWindowYears: number
  dueSummaries: DueSummary[]
  /** `where` selects them all (without `scope`), for the link to their list. */
  staleReferences: { count: number; oldest: ReferenceHealthRow[]; cutoff: string; where: Where }
  retractedCited: { reference: { id: string; title: string }; citedBy: { collection: string; id: string; title: string }[] }[]
  outOfDateTranslations: (OutOfDate & { slug: string; title: string; documentId: string })[]
  summariesBySinceReview: Bucket[]
  referencesBySinceReview: Bucket[]
  openRoundsByAge: Bucket[]
  turnaround: (BoardTurnaround & { name: string })[]
}

const idOf = (value: unknown): string | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id)
  return String(value)
}

/** The `where` that selects documents last reviewed within a bucket's date range. */
export const bucketWhere = (field: string, bucket: Bucket): Where => {
  if (bucket.never) return { [field]: { exists: false } }
  const parts: Where[] = [{ [field]: { less_than_equal: bucket.to } }]
  if (bucket.from) parts.push({ [field]: { greater_than: bucket.from } })
  return { and: parts }
}

const OPEN_STATES = ['in-review', 'changes-requested', 'approved']
const LISTED = 10

/**
 * Everything the admin's dashboard shows, read with the signed-in person's own access: their review
 * queue, and the review health of their boards' content. Large collections are counted by the
 * database (one count per bar); only short lists are read.
 */
export const loadDashboard = async ({ req, now = new Date() }: { req: PayloadRequest; now?: Date }): Promise<Dashboard> => {
  const { payload, user } = req
  const as = { req, user, overrideAccess: false, depth: 0 } as const
  const queue = await loadQueue({ req })

  const [{ docs: boardDocs }, settings] = await Promise.all([
    payload.find({ collection: slugs.boards, limit: 0, pagination: false, ...as }),
    payload.findGlobal({ slug: slugs.editorialSettings, ...as }).catch(() => null),
  ])
  const everyBoard = isManagingEditorOrAdmin(user) || !(user?.roles ?? []).includes('reviewer')
  const boards = boardDocs
    .filter((board) => everyBoard || (board.members ?? []).some((member) => idOf(member) === String(user?.id)))
    .map((board) => ({ id: String(board.id), name: board.name }))
  const boardIds = boards.map((board) => board.id)
  const inBoards: Where = everyBoard ? {} : { board: { in: boardIds } }
  const windowYears = settings?.referenceReviewWindowYears ?? DEFAULT_REFERENCE_REVIEW_YEARS

  const count = async (collection: 'summaries' | 'references', where: Where) =>
    (await payload.count({ collection, where: { and: [inBoards, where] }, req, user, overrideAccess: false })).totalDocs

  // Summaries: few enough (about a thousand in NCI's corpus) to read their review dates.
  const { docs: summaries } = await payload.find({
    collection: slugs.summaries,
    where: inBoards,
    select: { title: true, board: true, lastComprehensiveReviewAt: true, nextComprehensiveReviewAt: true },
    limit: 0,
    pagination: false,
    ...as,
  })
  const due = dueSummaries({
    summaries: summaries.map((summary) => ({
      id: String(summary.id),
      title: summary.title,
      boardId: idOf(summary.board),
      lastComprehensiveReviewAt: summary.lastComprehensiveReviewAt ?? null,
      nextComprehensiveReviewAt: summary.nextComprehensiveReviewAt ?? null,
    })),
    now,
  })

  // References: tens of thousands; counted and listed by the database.
  const cutoff = referenceReviewCutoff({ now, windowYears }).toISOString()
  const staleWhere: Where = { or: [{ lastReviewedAt: { less_than: cutoff } }, { lastReviewedAt: { exists: false } }] }
  const [staleCount, { docs: oldest }] = await Promise.all([
    count('references', staleWhere),
    payload.find({
      collection: slugs.references,
      where: { and: [inBoards, staleWhere] },
      sort: 'lastReviewedAt',
      limit: LISTED,
      select: { title: true, board: true, lastReviewedAt: true, retracted: true },
      ...as,
    }),
  ])

  const summariesBySinceReview = byMonthsSinceReview({
    reviewedAt: summaries.map((summary) => summary.lastComprehensiveReviewAt ?? null),
    now,
  })
  const referencesBySinceReview = await Promise.all(
    byMonthsSinceReview({ reviewedAt: [], now }).map(async (bucket) => ({
      ...bucket,
      count: await count('references', bucketWhere('lastReviewedAt', bucket)),
    })),
  )

  // Retracted references still cited by a current document (the draft as it stands).
  const { docs: retracted } = await payload.find({
    collection: slugs.references,
    where: { and: [inBoards, { retracted: { equals: true } }] },
    select: { title: true },
    limit: 50,
    ...as,
  })
  const retractedCited: Dashboard['retractedCited'] = []
  if (retracted.length > 0) {
    const retractedIds = new Set(retracted.map((reference) => String(reference.id)))
    const citedBy = new Map<string, { collection: string; id: string; title: string }[]>()
    const cite = (refId: string, doc: { collection: string; id: string; title: string }) => {
      if (retractedIds.has(refId)) citedBy.set(refId, [...(citedBy.get(refId) ?? []), doc])
    }
    const { docs: drugs } = await payload.find({
      collection: slugs.drugs,
      where: { references: { in: [...retractedIds] } },
      select: { name: true, references: true },
      limit: 0,
      pagination: false,
      draft: true,
      ...as,
    })
    for (const drug of drugs)
      for (const ref of drug.references ?? []) cite(idOf(ref)!, { collection: 'drugs', id: String(drug.id), title: drug.name })
    for (const collection of [slugs.summaries, slugs.treatments, slugs.stages] as const) {
      const { docs } = await payload.find({ collection, limit: 0, pagination: false, draft: true, ...as })
      for (const doc of docs) {
        const record = doc as unknown as Record<string, unknown>
        const title = String(record.title ?? record.name ?? record.slug ?? doc.id)
        for (const ref of documentCitations(record)) cite(ref, { collection, id: String(doc.id), title })
      }
    }
    for (const reference of retracted) {
      const docs = citedBy.get(String(reference.id))
      if (docs?.length) retractedCited.push({ reference: { id: String(reference.id), title: reference.title }, citedBy: docs })
    }
  }

  // Translations and patient versions whose source has published since they did.
  const listings = await readSummaryListings({ req, overrideAccess: false })
  const latestBySlug = new Map(listings.map((listing) => [listing.slug, listing]))
  const outOfDateTranslations = [...findOutOfDate({ revisions: listings }).entries()].flatMap(([slug, outOfDate]) => {
    const listing = latestBySlug.get(slug)
    return listing ? [{ ...outOfDate, slug, title: listing.title, documentId: listing.documentId }] : []
  })

  // Open rounds by age, and the boards' turnaround over the last year.
  const [{ docs: openReviews }, { docs: events }] = await Promise.all([
    payload.find({
      collection: slugs.reviews,
      where: { and: [{ state: { in: OPEN_STATES } }, inBoards] },
      select: { review: true },
      limit: 0,
      pagination: false,
      ...as,
    }),
    payload.find({
      collection: slugs.reviewEvents,
      where: {
        and: [
          { createdAt: { greater_than: new Date(now.getTime() - 2 * 366 * 24 * 60 * 60 * 1000).toISOString() } },
          { action: { in: ['submit', 'publish', 'run-scheduled-publish', 'vote'] } },
          inBoards,
        ],
      },
      select: { docKey: true, board: true, action: true, fromState: true, toState: true, round: true, createdAt: true },
      limit: 0,
      pagination: false,
      ...as,
    }),
  ])
  const openRoundsByAge = roundsByAge({
    openedAt: openReviews.map((row) => (row.review as { roundOpenedAt?: string } | null)?.roundOpenedAt ?? null),
    now,
  })
  const names = new Map(boardDocs.map((board) => [String(board.id), board.name]))
  const turnaround = turnaroundByBoard({
    events: events.map((event): ReviewEventRow => ({
      docKey: event.docKey,
      boardId: idOf(event.board),
      action: event.action,
      fromState: event.fromState,
      toState: event.toState,
      round: event.round,
      createdAt: event.createdAt,
    })),
    now,
  }).map((row) => ({ ...row, name: names.get(row.boardId) ?? `Board ${row.boardId}` }))

  return {
    queue,
    boards,
    allBoards: everyBoard,
    scope: inBoards,
    referenceWindowYears: windowYears,
    dueSummaries: due,
    staleReferences: {
      count: staleCount,
      cutoff,
      where: staleWhere,
      oldest: oldest.map((reference) => ({
        id: String(reference.id),
        title: reference.title,
        boardId: idOf(reference.board),
        lastReviewedAt: reference.lastReviewedAt ?? null,
        retracted: Boolean(reference.retracted),
      })),
    },
    retractedCited,
    outOfDateTranslations,
    summariesBySinceReview,
    referencesBySinceReview,
    openRoundsByAge,
    turnaround,
  }
}
