/**
 * Brings the database up to date and, on the first start, seeds the demo. Run by `npm start`
 * before the server listens; also usable alone (`npx tsx src/cli/prepare.ts`).
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { databaseKind } from '../db/databaseKind'
import { databaseIsEmpty, demoAccountsTable, seedDemo } from '../seed'
import { ensureSearchIndex } from '../search/rebuildSearchIndex'

const shouldSeed = () => process.env.NODE_ENV !== 'production' || process.env.GALLEY_SEED_DEMO === '1'

const main = async () => {
  const payload = await getPayload({ config })
  if (databaseKind(process.env.DATABASE_URI) !== 'mongodb') {
    console.log('migrate: applying pending migrations')
    await payload.db.migrate()
  }
  if (await databaseIsEmpty(payload)) {
    if (shouldSeed()) {
      const password = process.env.DEMO_PASSWORD || 'galley-demo'
      console.log('seed: empty database, creating the soft tissue sarcoma demo')
      await seedDemo({ payload, password })
      console.log(demoAccountsTable(password))
    } else {
      console.log('seed: skipped (NODE_ENV=production; set GALLEY_SEED_DEMO=1 to seed the demo)')
    }
  }
  const indexed = await ensureSearchIndex(payload)
  if (indexed !== null) console.log(`search: built the index of ${indexed} published documents`)
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
