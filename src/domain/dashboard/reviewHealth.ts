/**
 * The review health of a corpus, as the admin's dashboard shows it: pure functions over plain rows
 * (the caller reads them with the signed-in person's access) and a clock passed in.
 */

const DAY_MS = 24 * 60 * 60 * 1000

/** Days before its planned date that a comprehensive review counts as due. */
export const DUE_SOON_DAYS = 30

/** The default of the editorial setting "references are reviewed at least every N years". */
export const DEFAULT_REFERENCE_REVIEW_YEARS = 3

/** Years between comprehensive reviews of a summary that has no planned date. */
export const COMPREHENSIVE_REVIEW_YEARS = 3

export type SummaryHealthRow = {
  id: string
  title: string
  boardId: string | null
  lastComprehensiveReviewAt: string | null
  nextComprehensiveReviewAt: string | null
}

export type ReferenceHealthRow = {
  id: string
  title: string
  boardId: string | null
  lastReviewedAt: string | null
  retracted: boolean
}

export type DueSummary = SummaryHealthRow & { dueAt: string; daysLeft: number; overdue: boolean }

const time = (iso: string | null): number | null => {
  if (!iso) return null
  const at = Date.parse(iso)
  return Number.isNaN(at) ? null : at
}

/**
 * Summaries whose planned comprehensive review is past (overdue) or within `DUE_SOON_DAYS` (due), most
 * overdue first. A summary with no planned date is due three years after its last comprehensive review.
 */
export const dueSummaries = ({
  summaries,
  now,
  cycleYears = COMPREHENSIVE_REVIEW_YEARS,
}: {
  summaries: readonly SummaryHealthRow[]
  now: Date
  cycleYears?: number
}): DueSummary[] =>
  summaries
    .flatMap((summary): DueSummary[] => {
      const planned = time(summary.nextComprehensiveReviewAt)
      const last = time(summary.lastComprehensiveReviewAt)
      const due = planned ?? (last === null ? null : addYears(last, cycleYears))
      if (due === null) return []
      const daysLeft = Math.floor((due - now.getTime()) / DAY_MS)
      if (daysLeft > DUE_SOON_DAYS) return []
      return [{ ...summary, dueAt: new Date(due).toISOString(), daysLeft, overdue: daysLeft < 0 }]
    })
    .sort((a, b) => a.daysLeft - b.daysLeft || a.title.localeCompare(b.title))

const addYears = (at: number, years: number): number => {
  const date = new Date(at)
  date.setUTCFullYear(date.getUTCFullYear() + years)
  return date.getTime()
}

/** The instant before which a reference's last review is too old: `now` minus the window. */
export const referenceReviewCutoff = ({ now, windowYears }: { now: Date; windowYears: number }): Date =>
  new Date(addYears(now.getTime(), -windowYears))

/** References not reviewed since the cutoff (or never), the longest unreviewed first. */
export const staleReferences = ({
  references,
  now,
  windowYears,
}: {
  references: readonly ReferenceHealthRow[]
  now: Date
  windowYears: number
}): ReferenceHealthRow[] => {
  const cutoff = referenceReviewCutoff({ now, windowYears }).getTime()
  return references
    .filter((reference) => {
      const last = time(reference.lastReviewedAt)
      return last === null || last < cutoff
    })
    .sort((a, b) => (time(a.lastReviewedAt) ?? 0) - (time(b.lastReviewedAt) ?? 0) || a.title.localeCompare(b.title))
}

/** Whole months from `from` to `now` (calendar months, never negative). */
export const monthsBetween = (from: Date, now: Date): number => {
  const months = (now.getUTCFullYear() - from.getUTCFullYear()) * 12 + (now.getUTCMonth() - from.getUTCMonth())
  return Math.max(0, now.getUTCDate() < from.getUTCDate() ? months - 1 : months)
}

/** A bar of a chart: what it counts, and the range of dates or days behind it, for the link to the list. */
export type Bucket = {
  label: string
  count: number
  /** The reviewed-at dates in this bucket: after `from` (exclusive) and at or before `to` (ISO); null = open. */
  from: string | null
  to: string | null
  /** The bucket of documents never reviewed. */
  never?: boolean
}

/** Month ranges of the "months since last review" chart: [from, to) in months. */
export const MONTH_BUCKETS: readonly { label: string; min: number; max: number | null }[] = [
  { label: 'under 6', min: 0, max: 6 },
  { label: '6–11', min: 6, max: 12 },
  { label: '12–23', min: 12, max: 24 },
  { label: '24–35', min: 24, max: 36 },
  { label: '36 or more', min: 36, max: null },
]

const monthsAgo = (now: Date, months: number): Date => {
  const date = new Date(now.getTime())
  date.setUTCMonth(date.getUTCMonth() - months)
  return date
}

/**
 * Documents by months since their last review, in `MONTH_BUCKETS` plus "never". Each bucket carries
 * the date range it stands for, so the dashboard can link its number to the list filtered the same way.
 */
export const byMonthsSinceReview = ({ reviewedAt, now }: { reviewedAt: readonly (string | null)[]; now: Date }): Bucket[] => {
  const buckets: Bucket[] = MONTH_BUCKETS.map(({ label, min, max }) => ({
    label,
    count: 0,
    // Reviewed at or before `min` months ago, and after `max` months ago.
    from: max === null ? null : monthsAgo(now, max).toISOString(),
    to: monthsAgo(now, min).toISOString(),
  }))
  const never: Bucket = { label: 'never', count: 0, from: null, to: null, never: true }
  for (const iso of reviewedAt) {
    const at = time(iso)
    if (at === null) {
      never.count += 1
      continue
    }
    const bucket = buckets.find(
      (candidate) => (candidate.from === null || at > Date.parse(candidate.from)) && at <= Date.parse(candidate.to!),
    )
    // A review dated in the future counts as the most recent.
    ;(bucket ?? buckets[0]).count += 1
  }
  return [...buckets, never]
}

/** Day ranges of the "review rounds by age" chart: [min, max) in days. */
export const ROUND_AGE_BUCKETS: readonly { label: string; min: number; max: number | null }[] = [
  { label: 'under 7 days', min: 0, max: 7 },
  { label: '7–13 days', min: 7, max: 14 },
  { label: '14–29 days', min: 14, max: 30 },
  { label: '30 days or more', min: 30, max: null },
]

/** Open review rounds by days since they opened. */
export const roundsByAge = ({ openedAt, now }: { openedAt: readonly (string | null)[]; now: Date }): Bucket[] => {
  const buckets: Bucket[] = ROUND_AGE_BUCKETS.map(({ label, max, min }) => ({
    label,
    count: 0,
    from: max === null ? null : new Date(now.getTime() - max * DAY_MS).toISOString(),
    to: new Date(now.getTime() - min * DAY_MS).toISOString(),
  }))
  for (const iso of openedAt) {
    const at = time(iso) ?? now.getTime()
    const days = Math.max(0, Math.floor((now.getTime() - at) / DAY_MS))
    const index = ROUND_AGE_BUCKETS.findIndex(({ min, max }) => days >= min && (max === null || days < max))
    buckets[index].count += 1
  }
  return buckets
}

export type ReviewEventRow = {
  docKey: string
  boardId: string | null
  action: string
  fromState: string
  toState: string
  round: number
  createdAt: string
}

export type BoardTurnaround = { boardId: string; publications: number; medianDays: number | null }

const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Median days from submission to publication per board, over publications in the 12 months before
 * `now`. A publication is an event that takes a document to published or retired from another state;
 * its submission is the last submit event of the same document before it (a resubmission restarts the
 * clock, as the board saw the change from then).
 */
export const turnaroundByBoard = ({ events, now }: { events: readonly ReviewEventRow[]; now: Date }): BoardTurnaround[] => {
  const since = monthsAgo(now, 12).getTime()
  const sorted = [...events].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
  const lastSubmit = new Map<string, number>()
  const days = new Map<string, number[]>()
  for (const event of sorted) {
    const at = Date.parse(event.createdAt)
    if (event.action === 'submit') {
      lastSubmit.set(event.docKey, at)
      continue
    }
    const publishes = (event.toState === 'published' || event.toState === 'retired') && event.fromState !== event.toState
    if (!publishes || event.boardId === null) continue
    const submitted = lastSubmit.get(event.docKey)
    lastSubmit.delete(event.docKey)
    if (submitted === undefined || at < since || at > now.getTime()) continue
    days.set(event.boardId, [...(days.get(event.boardId) ?? []), (at - submitted) / DAY_MS])
  }
  return [...days.entries()]
    .map(([boardId, values]) => {
      const middle = median(values)
      return { boardId, publications: values.length, medianDays: middle === null ? null : Math.round(middle * 10) / 10 }
    })
    .sort((a, b) => a.boardId.localeCompare(b.boardId))
}
