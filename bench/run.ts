/**
 * `npm run bench`: every benchmark with its baseline measured in the same run. Read the ratios,
 * not the absolute times: these machines are noisy.
 */
import type { Row } from './diff.bench'

import { benchAdminEdit } from './admin-edit.bench'
import { benchDiff } from './diff.bench'
import { benchFeed } from './feed.bench'
import { benchLighthouse } from './lighthouse.bench'
import { benchPages } from './pages.bench'
import { benchPdqImport } from './pdq-import'
import { benchPdqRoundTrip } from './pdq-roundtrip'
import { benchPublish } from './publish.bench'
import { benchScale } from './scale.bench'
import { benchSearch } from './search.bench'

const suites: { key: string; name: string; run: () => Promise<Row[]> }[] = [
  { key: 'admin-edit', name: 'admin: editing the largest PDQ summary', run: benchAdminEdit },
  { key: 'diff', name: 'reviewer diff', run: benchDiff },
  { key: 'feed', name: 'feed: a numbered revision', run: benchFeed },
  { key: 'lighthouse', name: 'Lighthouse (mobile) on the public pages', run: benchLighthouse },
  { key: 'pages', name: 'public pages: the summary page, and publish-to-visible', run: benchPages },
  { key: 'pdq', name: 'PDQ format: the whole corpus parsed, written and validated', run: benchPdqRoundTrip },
  { key: 'pdq-import', name: 'PDQ import: the whole corpus into Galley and out as PDQ XML', run: benchPdqImport },
  { key: 'publish', name: 'publishing: 100 against 10,000 published documents', run: benchPublish },
  { key: 'scale', name: 'the real corpus: import, start-up, memory, the largest summary, the feed against nginx', run: benchScale },
  { key: 'search', name: 'full-text search over the imported corpus', run: benchSearch },
]

/** `npm run bench -- pages feed` runs only those suites. */
const wanted = process.argv.slice(2)
const unknown = wanted.filter((key) => !suites.some((suite) => suite.key === key))
if (unknown.length > 0)
  throw new Error(`unknown bench suite(s): ${unknown.join(', ')}; known: ${suites.map((suite) => suite.key).join(', ')}`)

for (const suite of suites.filter((candidate) => wanted.length === 0 || wanted.includes(candidate.key))) {
  const rows = await suite.run()
  console.log(`\n## ${suite.name}\n`)
  console.log('| measure | value | baseline (same run) | ratio |')
  console.log('|---|---:|---|---:|')
  for (const row of rows) {
    console.log(`| ${row.name} | ${row.value} ${row.unit} | ${row.baseline ?? ''} | ${row.ratio === undefined ? '' : `${row.ratio}×`} |`)
  }
  for (const row of rows.filter((r) => r.note)) console.log(`\n- ${row.name}: ${row.note}`)
}
