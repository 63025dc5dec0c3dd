import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'

import { isManagingEditorOrAdmin } from '@/domain/people/roles'
import { REVIEW_PERIOD_DAYS } from '@/domain/workflow'
import { loadQueue } from '@/review/loadQueue'

import { QueueTable } from './QueueTable'

/**
 * The review queue (`/admin/review-queue`): what awaits my vote, what is ready to publish, what I
 * submitted, and what is overdue. Only rounds the signed-in user can read are listed.
 */
export const ReviewQueueView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/review-queue`)}`)
  const queue = await loadQueue({ req })
  const isManagingEditor = isManagingEditorOrAdmin(req.user)

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <Gutter className="galley-queue">
        <h1>Review queue</h1>
        <section aria-labelledby="queue-vote">
          <h2 id="queue-vote">
            Awaiting my vote <span className="galley-queue__count">{queue.awaitingMyVote.length}</span>
          </h2>
          <QueueTable items={queue.awaitingMyVote} adminRoute={adminRoute} empty="Nothing awaits your vote." />
        </section>
        {isManagingEditor && (
          <section aria-labelledby="queue-publish">
            <h2 id="queue-publish">
              Ready to publish <span className="galley-queue__count">{queue.readyToPublish.length}</span>
            </h2>
            <QueueTable items={queue.readyToPublish} adminRoute={adminRoute} empty="No approved change is waiting to be published." />
          </section>
        )}
        <section aria-labelledby="queue-mine">
          <h2 id="queue-mine">
            Submitted by me <span className="galley-queue__count">{queue.submittedByMe.length}</span>
          </h2>
          <QueueTable items={queue.submittedByMe} adminRoute={adminRoute} empty="You have no change under review." />
        </section>
        <section aria-labelledby="queue-overdue">
          <h2 id="queue-overdue">
            Overdue <span className="galley-queue__count">{queue.overdue.length}</span>
          </h2>
          <p className="galley-queue__hint">Rounds open for {REVIEW_PERIOD_DAYS} days or more.</p>
          <QueueTable items={queue.overdue} adminRoute={adminRoute} empty="No review round is overdue." />
        </section>
      </Gutter>
    </DefaultTemplate>
  )
}
