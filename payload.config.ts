import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionConfig } from 'payload'

import type { ReviewedCollection } from './collections/slugs'

import { buildConfig } from 'payload'

import { Boards } from './collections/Boards'
import { Drugs } from './collections/Drugs'
import { EditorialSettings } from './collections/globals/EditorialSettings'
import { References } from './collections/References'
import { ReviewComments } from './collections/ReviewComments'
import { ReviewEvents } from './collections/ReviewEvents'
import { Reviews } from './collections/Reviews'
import { Revisions } from './collections/Revisions'
import { Stages } from './collections/Stages'
import { SectionEdits } from './collections/SectionEdits'
import { Summaries } from './collections/Summaries'
import { Treatments } from './collections/Treatments'
import { Users } from './collections/Users'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { WebhookSubscriptions } from './collections/WebhookSubscriptions'
import { emailAdapter } from './src/config/email'
import { payloadSecret } from './src/config/secret'
import { databaseAdapter } from './src/db/adapter'
import { answerRefusals } from './src/hooks/answerRefusals'
import { richTextEditor } from './src/richTextEditor/richTextEditor'
import { keepValidationDetails } from './src/hooks/keepValidationDetails'
import { withValueTypeChecks } from './src/hooks/refuseMistypedValues'
import { jobs } from './src/jobs'
import { runJobsOneAtATime } from './src/jobs/runJobsOneAtATime'

const root = path.dirname(fileURLToPath(import.meta.url))

/** Every reviewed collection's config, in the admin's order: one missing here fails typecheck. */
const reviewedCollectionConfigs = {
  summaries: Summaries,
  stages: Stages,
  treatments: Treatments,
  drugs: Drugs,
  references: References,
} satisfies Record<ReviewedCollection, CollectionConfig>

export default buildConfig({
  // No serverURL: the admin calls its API on whichever host it was reached by (localhost, 127.0.0.1, a LAN
  // name, the public name behind a proxy). Absolute links in e-mails and the feed use publicOrigin()
  // (SERVER_URL), never the request's Host header; cookie-signed changes from other sites are refused by
  // src/endpoints/guardedRoutes.ts (src/domain/security/sameOrigin.ts).
  secret: payloadSecret(root),
  admin: {
    user: Users.slug,
    avatar: 'default',
    meta: { titleSuffix: ' — Galley' },
    importMap: { baseDir: path.resolve(root, 'src') },
    components: {
      afterNavLinks: ['/admin/ReviewQueue/ReviewQueueNavLink#ReviewQueueNavLink'],
      views: {
        dashboard: { Component: '/admin/Dashboard/DashboardView#DashboardView' },
        reviewQueue: { Component: '/admin/ReviewQueue/ReviewQueueView#ReviewQueueView', path: '/review-queue' },
      },
    },
  },
  collections: [
    Users,
    Boards,
    ...Object.values(reviewedCollectionConfigs),
    SectionEdits,
    Reviews,
    ReviewEvents,
    ReviewComments,
    Revisions,
    WebhookSubscriptions,
    WebhookDeliveries,
  ].map(withValueTypeChecks),
  globals: [EditorialSettings],
  editor: richTextEditor,
  db: databaseAdapter({ uri: process.env.DATABASE_URI, root }),
  email: emailAdapter(),
  typescript: { outputFile: path.resolve(root, 'src', 'payload-types.ts') },
  hooks: { afterError: [keepValidationDetails, answerRefusals] },
  jobs,
  onInit: runJobsOneAtATime,
  telemetry: false,
})
