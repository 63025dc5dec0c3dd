/** Collection and global slugs shared by the config, the seed, the feed and the tests. */
export const slugs = {
  users: 'users',
  boards: 'boards',
  summaries: 'summaries',
  sectionEdits: 'section-edits',
  stages: 'stages',
  treatments: 'treatments',
  drugs: 'drugs',
  references: 'references',
  editorialSettings: 'editorial-settings',
  reviews: 'reviews',
  reviewEvents: 'review-events',
  reviewComments: 'review-comments',
  revisions: 'revisions',
  webhookSubscriptions: 'webhook-subscriptions',
  webhookDeliveries: 'webhook-deliveries',
} as const

/** Job queue task slugs (payload.config.ts `jobs.tasks`). */
export const taskSlugs = {
  publishScheduled: 'publish-scheduled',
  deliverWebhook: 'deliver-webhook',
} as const

/** The collections whose changes an editorial board reviews before the public sees them. */
export const reviewedCollections = [slugs.summaries, slugs.stages, slugs.treatments, slugs.drugs, slugs.references] as const

export type ReviewedCollection = (typeof reviewedCollections)[number]

export const isReviewedCollection = (slug: string): slug is ReviewedCollection => (reviewedCollections as readonly string[]).includes(slug)
