import type { ServerProps } from 'payload'

import { createLocalReq } from 'payload'
import Link from 'next/link'

import { queueCount } from '@/domain/workflow'
import { loadQueue } from '@/review/loadQueue'
import { slugs } from '@collections/slugs'

/** "Review queue" in the admin navigation, with the number of changes waiting on the signed-in user. */
export const ReviewQueueNavLink = async ({ payload, user }: ServerProps) => {
  if (!user) return null
  const req = await createLocalReq({ user: { ...user, collection: slugs.users } as never }, payload)
  const count = queueCount(await loadQueue({ req }))
  const adminRoute = payload.config.routes.admin
  return (
    <Link className="nav__link galley-nav-queue" href={`${adminRoute}/review-queue`} id="nav-review-queue">
      <span className="nav__link-label">Review queue</span>
      {count > 0 && (
        <span className="galley-nav-queue__count" aria-label={`${count} waiting for you`} data-testid="queue-count">
          {count}
        </span>
      )}
    </Link>
  )
}
