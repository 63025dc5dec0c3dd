/**
 * Run by `bench/pdq-import.ts` in a process of its own (DATABASE_URI names the imported database):
 * every summary of the corpus folders is fetched from the feed as PDQ XML, compared with NCI's file
 * and validated against pdqCG.dtd. Prints one JSON line with the counts and the first differences.
 */
import config from '@payload-config'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { comparePdqContent, formatContentDifference, parsePdq } from '../src/domain/pdq'
import { handleFeedRequest } from '../src/published/handleFeedRequest'
import { publishedStoreFor } from '../src/published/sharedPublishedStore'
import { validateFilesWithDtd } from '../tests/helpers/xmllint'

const [corpus, ...folders] = process.argv.slice(2)
const payload = await getPayload({ config })
const store = publishedStoreFor(payload, { origin: 'https://galley.example' })
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pdq-export-'))

let summaries = 0
let exported = 0
let identical = 0
let exportMs = 0
const differences: string[] = []
const missing: string[] = []
const written: string[] = []
for (const folder of folders) {
  for (const name of fs.readdirSync(path.join(corpus, folder)).filter((file) => file.endsWith('.xml'))) {
    const original = parsePdq(fs.readFileSync(path.join(corpus, folder, name), 'utf8'), { file: name })
    if (original.kind !== 'Summary') continue
    summaries++
    const start = performance.now()
    const answer = await handleFeedRequest(store, { method: 'GET', url: `/feed/v1/pdq/${original.id}.xml` })
    exportMs += performance.now() - start
    if (answer?.status !== 200) {
      missing.push(`${folder}/${name}: ${answer?.status ?? 'no answer'}`)
      continue
    }
    exported++
    const file = path.join(out, `${folder.replace(/\//g, '_')}_${name}`)
    fs.writeFileSync(file, answer.body)
    written.push(file)
    const found = comparePdqContent(original, parsePdq(String(answer.body), { file: `${name} (exported)` }))
    if (found.length === 0) identical++
    for (const difference of found) differences.push(`${folder}/${name}: ${formatContentDifference(difference)}`)
  }
}
const invalid = validateFilesWithDtd(written, path.join(corpus, 'dtd', 'pdqCG.dtd'))
fs.rmSync(out, { recursive: true, force: true })
console.log(
  JSON.stringify({
    summaries,
    exported,
    identical,
    exportMs: Math.round(exportMs),
    invalid: invalid.length,
    missing: missing.slice(0, 10),
    differences: differences.length,
    firstDifferences: differences.slice(0, Number(process.env.PDQ_SHOW_DIFFERENCES ?? 10)),
    firstInvalid: invalid.slice(0, 5).map((failure) => `${path.basename(failure.file)}: ${failure.messages.slice(0, 2).join(' / ')}`),
  }),
)
await payload.destroy()
process.exit(0)
