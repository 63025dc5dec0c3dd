import path from 'node:path'
import { fileURLToPath } from 'node:url'

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
import { Summaries } from './collections/Summaries'
import { Treatments } from './collections/Treatments'
import { Users } from './collections/Users'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { WebhookSubscriptions } from './collections/WebhookSubscriptions'
import { emailAdapter } from './src/config/email'
import { publicOrigin } from './src/config/publicOrigin'
import { payloadSecret } from './src/config/secret'
import { databaseAdapter } from './src/db/adapter'
import { editor } from './src/editor/editor'
import { answerRefusals } from './src/hooks/answerRefusals'
import { keepValidationDetails } from './src/hooks/keepValidationDetails'
import { jobs } from './src/jobs'
import { runJobsOneAtATime } from './src/jobs/runJobsOneAtATime'

const root = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: publicOrigin(),
  secret: payloadSecret(root),
  admin: {
    user: Users.slug,
    avatar: 'default',
    meta: { titleSuffix: ' — Galley' },
    importMap: { baseDir: path.resolve(root, 'src') },
    components: {
      afterNavLinks: ['/admin/ReviewQueue/ReviewQueueNavLink#ReviewQueueNavLink'],
      views: {
        reviewQueue: { Component: '/admin/ReviewQueue/ReviewQueueView#ReviewQueueView', path: '/review-queue' },
      },
    },
  },
  collections: [
    Users,
    Boards,
    Summaries,
    Stages,
    Treatments,
    Drugs,
    References,
    Reviews,
    ReviewEvents,
    ReviewComments,
    Revisions,
    WebhookSubscriptions,
    WebhookDeliveries,
  ],
  globals: [EditorialSettings],
  editor,
  db: databaseAdapter({ uri: process.env.DATABASE_URI, root }),
  email: emailAdapter(),
  typescript: { outputFile: path.resolve(root, 'src', 'payload-types.ts') },
  hooks: { afterError: [keepValidationDetails, answerRefusals] },
  jobs,
  onInit: runJobsOneAtATime,
  telemetry: false,
})
