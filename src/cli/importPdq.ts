/**
 * `npm run import:pdq -- <files or folders>… [--as email]`: imports NCI's PDQ XML into the database
 * that DATABASE_URI names, also while `npm start` serves it (see src/pdq/importPdq.ts). Prints a
 * progress line (every 50 files when not on a terminal) and a summary table; exits 1 when any file
 * failed.
 */
import { getPayload } from 'payload'

import type { FileResult } from '../domain/pdq/import/plan'
import type { User } from '../payload-types'

import config from '../../payload.config'
import { formatImportSummary, importOutcomes } from '../domain/pdq/import/plan'
import { importPdq } from '../pdq/importPdq'

const usage = 'usage: npm run import:pdq -- <files or folders>… [--as admin@example.org]'

const main = async (): Promise<number> => {
  const args = process.argv.slice(2)
  const asIndex = args.indexOf('--as')
  const email = asIndex >= 0 ? args[asIndex + 1] : undefined
  if (asIndex >= 0 && !email) throw new Error(`--as needs an email address\n${usage}`)
  const inputs = asIndex >= 0 ? args.filter((_, index) => index !== asIndex && index !== asIndex + 1) : args
  if (inputs.length === 0) {
    console.error(usage)
    return 2
  }

  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'users',
    where: email ? { email: { equals: email } } : { roles: { contains: 'admin' } },
    sort: 'id',
    limit: 1,
    depth: 0,
  })
  const user = docs[0] as User | undefined
  if (!user)
    throw new Error(email ? `no account ${email}` : 'no admin account: create one (npm start seeds the demo) or name one with --as')
  if (!(user.roles ?? []).includes('admin')) throw new Error(`${user.email} is not an admin: the PDQ import needs an admin account`)

  const started = performance.now()
  const tty = process.stdout.isTTY
  const counts = new Map<string, number>()
  const progress = (done: number, total: number) => {
    const elapsed = ((performance.now() - started) / 1000).toFixed(0)
    const parts = importOutcomes.filter((outcome) => counts.get(outcome)).map((outcome) => `${counts.get(outcome)} ${outcome}`)
    const width = 30
    const bar = '█'.repeat(Math.round((done / total) * width)).padEnd(width, '·')
    return `${tty ? `${bar} ` : ''}${done}/${total} files, ${elapsed} s${parts.length ? ` — ${parts.join(', ')}` : ''}`
  }
  const onFile = (result: FileResult, done: number, total: number) => {
    counts.set(result.outcome, (counts.get(result.outcome) ?? 0) + 1)
    if (tty) process.stdout.write(`\r${progress(done, total)}\u001b[K`)
    else if (done % 50 === 0 || done === total) console.log(progress(done, total))
  }

  console.log(`import:pdq: as ${user.email}, into ${process.env.DATABASE_URI || 'the default SQLite database'}`)
  const { results, unresolvedLinks } = await importPdq({ payload, user, inputs, now: () => new Date(), onFile })
  if (tty) process.stdout.write('\n')
  console.log('')
  console.log(formatImportSummary(results, performance.now() - started))
  if (unresolvedLinks.length)
    console.log(['', 'links to documents not in Galley (kept):', ...unresolvedLinks.map((line) => `  ${line}`)].join('\n'))
  await payload.destroy()
  return results.some((result) => result.outcome === 'failed') ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import:pdq: ${(error as Error).message ?? error}`)
    process.exit(1)
  },
)
