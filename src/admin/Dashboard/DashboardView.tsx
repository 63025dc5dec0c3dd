import type { AdminViewServerProps, Where } from 'payload'
import type { ReactNode } from 'react'

import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'

import type { Bucket } from '@/domain/dashboard/reviewHealth'

import { bucketWhere, loadDashboard } from '@/dashboard/loadDashboard'
import { COMPREHENSIVE_REVIEW_YEARS, DUE_SOON_DAYS } from '@/domain/dashboard/reviewHealth'
import { isManagingEditorOrAdmin, roleLabels } from '@/domain/people/roles'
import { REVIEW_PERIOD_DAYS } from '@/domain/workflow'

import { QueueTable } from '../ReviewQueue/QueueTable'
import { BarChart } from './BarChart'
import { listLink } from './listLink'
import { seriesColors } from './seriesColors'

const dateFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' })
const formatDate = (iso: string | null) => (iso ? dateFormat.format(new Date(iso)) : 'never')
const days = (count: number) => (count === 1 ? '1 day' : `${count} days`)

const Count = ({ n }: { n: number }) => <span className="galley-queue__count">{n}</span>

/** A chart as a figure: its caption names it, a table under it gives the numbers, each linked to its list. */
const ChartFigure = ({
  id,
  caption,
  unit,
  rows,
}: {
  id: string
  caption: string
  unit: string
  rows: { label: string; series?: string; value: number; href: string }[]
}) => {
  const series = [...new Set(rows.map((row) => row.series ?? ''))]
  const labels = [...new Set(rows.map((row) => row.label))]
  if (rows.length === 0) {
    return (
      <figure className="galley-dashboard__chart" aria-labelledby={`${id}-caption`}>
        <figcaption id={`${id}-caption`}>{caption}</figcaption>
        <p className="galley-queue__empty">Nothing to chart yet.</p>
      </figure>
    )
  }
  return (
    <figure className="galley-dashboard__chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <BarChart bars={rows} />
      {series[0] && (
        <ul className="galley-dashboard__legend" aria-hidden="true">
          {series.map((name, index) => (
            <li key={name}>
              <span className="galley-dashboard__swatch" style={{ background: seriesColors[index % seriesColors.length] }} />
              {name}
            </li>
          ))}
        </ul>
      )}
      <table className="galley-dashboard__chart-table">
        <thead>
          <tr>
            <th scope="col">Range</th>
            {series[0] ? (
              series.map((name) => (
                <th key={name} scope="col">
                  {name}
                </th>
              ))
            ) : (
              <th scope="col">{unit}</th>
            )}
          </tr>
        </thead>
        <tbody>
          {labels.map((label) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {series.map((name) => {
                const row = rows.find((candidate) => candidate.label === label && (candidate.series ?? '') === name)
                return <td key={name}>{row ? <Link href={row.href}>{row.value}</Link> : '—'}</td>
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}

const Section = ({ id, title, count, children }: { id: string; title: string; count?: number; children: ReactNode }) => (
  <section aria-labelledby={id} className="galley-dashboard__section">
    <h2 id={id}>
      {title} {count !== undefined && <Count n={count} />}
    </h2>
    {children}
  </section>
)

/**
 * The admin's home: the signed-in person's review work (what awaits their vote, what they submitted,
 * what is ready to publish, what is overdue) and the review health of their boards' content, with
 * charts whose numbers link to the lists they count.
 */
export const DashboardView = async ({ initPageResult }: AdminViewServerProps) => {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) return null
  const dashboard = await loadDashboard({ req })
  const { queue } = dashboard
  const editor = isManagingEditorOrAdmin(req.user)
  const scoped = (where: Where): Where => (dashboard.allBoards ? where : { and: [dashboard.scope, where] })
  const bucketLink = (collection: string, field: string) => (bucket: Bucket) =>
    listLink(adminRoute, collection, scoped(bucketWhere(field, bucket)))
  const summaryLink = bucketLink('summaries', 'lastComprehensiveReviewAt')
  const referenceLink = bucketLink('references', 'lastReviewedAt')
  const roles = (req.user.roles ?? []).map((role) => roleLabels[role as keyof typeof roleLabels] ?? role).join(', ')

  return (
    <Gutter className="galley-queue galley-dashboard">
      <h1>Dashboard</h1>
      <p className="galley-dashboard__who">
        Signed in as <strong>{req.user.name ?? req.user.email}</strong>
        {roles ? ` (${roles})` : ''}. Review health covers{' '}
        {dashboard.allBoards ? 'every board' : dashboard.boards.map((board) => board.name).join(', ') || 'no board: you sit on none'}.
      </p>

      <Section id="dashboard-vote" title="Awaiting my vote" count={queue.awaitingMyVote.length}>
        <QueueTable items={queue.awaitingMyVote} adminRoute={adminRoute} empty="Nothing awaits your vote." />
      </Section>
      {editor && (
        <Section id="dashboard-publish" title="Approved, ready to publish" count={queue.readyToPublish.length}>
          <QueueTable items={queue.readyToPublish} adminRoute={adminRoute} empty="No approved change is waiting to be published." />
        </Section>
      )}
      <Section id="dashboard-mine" title="Submitted by me" count={queue.submittedByMe.length}>
        <QueueTable items={queue.submittedByMe} adminRoute={adminRoute} empty="You have no change under review." />
      </Section>
      <Section id="dashboard-overdue" title="Overdue rounds" count={queue.overdue.length}>
        <p className="galley-queue__hint">Rounds open for {REVIEW_PERIOD_DAYS} days or more.</p>
        <QueueTable items={queue.overdue} adminRoute={adminRoute} empty="No review round is overdue." />
      </Section>

      <h2 className="galley-dashboard__part">Review health</h2>
      <Section id="dashboard-due" title="Comprehensive reviews due or overdue" count={dashboard.dueSummaries.length}>
        <p className="galley-queue__hint">
          Summaries whose next comprehensive review is past, or due within {DUE_SOON_DAYS} days ({COMPREHENSIVE_REVIEW_YEARS} years after
          the last one when none is planned).
        </p>
        {dashboard.dueSummaries.length === 0 ? (
          <p className="galley-queue__empty">No summary is due for a comprehensive review.</p>
        ) : (
          <table className="galley-queue__table">
            <thead>
              <tr>
                <th scope="col">Summary</th>
                <th scope="col">Last reviewed</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.dueSummaries.map((summary) => (
                <tr key={summary.id}>
                  <td>
                    <Link href={`${adminRoute}/collections/summaries/${summary.id}`}>{summary.title}</Link>
                  </td>
                  <td>{formatDate(summary.lastComprehensiveReviewAt)}</td>
                  <td>{formatDate(summary.dueAt)}</td>
                  <td>{summary.overdue ? `Overdue by ${days(-summary.daysLeft)}` : `Due in ${days(summary.daysLeft)}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section
        id="dashboard-references"
        title={`References not reviewed within ${dashboard.referenceWindowYears} years`}
        count={dashboard.staleReferences.count}
      >
        <p className="galley-queue__hint">
          Reviewed before {formatDate(dashboard.staleReferences.cutoff)}, or never.{' '}
          <Link href={listLink(adminRoute, 'references', scoped(dashboard.staleReferences.where))}>
            All {dashboard.staleReferences.count}
          </Link>{' '}
          · the window is an admin setting (<Link href={`${adminRoute}/globals/editorial-settings`}>Editorial settings</Link>).
        </p>
        {dashboard.staleReferences.oldest.length > 0 && (
          <table className="galley-queue__table">
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Last reviewed</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.staleReferences.oldest.map((reference) => (
                <tr key={reference.id}>
                  <td>
                    <Link href={`${adminRoute}/collections/references/${reference.id}`}>{reference.title}</Link>
                  </td>
                  <td>{formatDate(reference.lastReviewedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section id="dashboard-retracted" title="Retracted references still cited" count={dashboard.retractedCited.length}>
        {dashboard.retractedCited.length === 0 ? (
          <p className="galley-queue__empty">No retracted reference is cited.</p>
        ) : (
          <ul className="galley-dashboard__list">
            {dashboard.retractedCited.map(({ reference, citedBy }) => (
              <li key={reference.id}>
                <Link href={`${adminRoute}/collections/references/${reference.id}`}>{reference.title}</Link> — cited by{' '}
                {citedBy.map((doc, index) => (
                  <span key={`${doc.collection}:${doc.id}`}>
                    {index > 0 && ', '}
                    <Link href={`${adminRoute}/collections/${doc.collection}/${doc.id}`}>{doc.title}</Link>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section
        id="dashboard-translations"
        title="Translations and patient versions out of date"
        count={dashboard.outOfDateTranslations.length}
      >
        {dashboard.outOfDateTranslations.length === 0 ? (
          <p className="galley-queue__empty">Every translation and patient version is based on its source’s latest version.</p>
        ) : (
          <ul className="galley-dashboard__list">
            {dashboard.outOfDateTranslations.map((item) => (
              <li key={item.slug}>
                <Link href={`${adminRoute}/collections/summaries/${item.documentId}`}>{item.title}</Link>: published from version{' '}
                {item.basedOn.version} of <code>{item.basedOn.slug}</code>, which is now at version {item.because.version}.
              </li>
            ))}
          </ul>
        )}
      </Section>

      <h2 className="galley-dashboard__part">Charts</h2>
      <div className="galley-dashboard__charts">
        <ChartFigure
          id="chart-since-review"
          caption="Documents by months since their last review (summaries: comprehensive review; references: board check)"
          unit="documents"
          rows={[
            ...dashboard.summariesBySinceReview.map((bucket) => ({
              label: bucket.label,
              series: 'Summaries',
              value: bucket.count,
              href: summaryLink(bucket),
            })),
            ...dashboard.referencesBySinceReview.map((bucket) => ({
              label: bucket.label,
              series: 'References',
              value: bucket.count,
              href: referenceLink(bucket),
            })),
          ]}
        />
        <ChartFigure
          id="chart-round-age"
          caption="Open review rounds by age (in review, changes requested or approved, not yet published)"
          unit="rounds"
          rows={dashboard.openRoundsByAge.map((bucket) => ({
            label: bucket.label,
            value: bucket.count,
            href: `${adminRoute}/review-queue`,
          }))}
        />
        <ChartFigure
          id="chart-turnaround"
          caption="Median days from submission to publication, per board, over the last 12 months"
          unit="days"
          rows={dashboard.turnaround.map((row) => ({
            label: `${row.name} (${row.publications})`,
            value: row.medianDays ?? 0,
            href: listLink(adminRoute, 'review-events', { and: [{ board: { equals: row.boardId } }, { action: { equals: 'publish' } }] }),
          }))}
        />
      </div>
    </Gutter>
  )
}
