/**
 * `npm run bench`: every benchmark with its baseline measured in the same run. Read the ratios,
 * not the absolute times: these machines are noisy.
 */
import type { Row } from './diff.bench'

import { benchDiff } from './diff.bench'
import { benchFeed } from './feed.bench'

const suites: { name: string; run: () => Promise<Row[]> }[] = [
  { name: 'reviewer diff', run: benchDiff },
  { name: 'feed: a numbered revision', run: benchFeed },
]

for (const suite of suites) {
  const rows = await suite.run()
  console.log(`\n## ${suite.name}\n`)
  console.log('| measure | value | baseline (same run) | ratio |')
  console.log('|---|---:|---|---:|')
  for (const row of rows) {
    console.log(`| ${row.name} | ${row.value} ${row.unit} | ${row.baseline ?? ''} | ${row.ratio === undefined ? '' : `${row.ratio}×`} |`)
  }
  for (const row of rows.filter((r) => r.note)) console.log(`\n- ${row.name}: ${row.note}`)
}
