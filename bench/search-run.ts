/**
 * The search bench's own process (bench/search.bench.ts starts it with DATABASE_URI set): one Payload,
 * the queries timed one after another on a warm database, then the naive scan, then a rebuild.
 */
import { getPayload } from 'payload'

import type { SearchQuery } from '../src/domain/search'
import type { Row } from './diff.bench'

import config from '../payload.config'
import { parseSearchQuery } from '../src/domain/search'
import { ensureSearchIndex } from '../src/search/rebuildSearchIndex'
import { search, searchStoreOf } from '../src/search/searchIndex'

const queries: Record<'en' | 'es', string[]> = {
  en: [
    'cancer',
    'treatment',
    'sarcoma',
    'chemotherapy radiation',
    'surgery',
    'children',
    'pembrolizumab',
    'imatinib',
    '"stage IV"',
    '"clinical trials"',
    'breast cancer survival',
    'late effects heart',
    'nausea vomiting',
    'BRCA1',
    'prognosis',
    'rhabdomyosarcoma radiation therapy children',
    'smoking cessation',
    'hodgkin lymphoma',
    'immunotherapy side effects',
    'bone marrow transplant',
  ],
  es: [
    'cáncer',
    'tratamiento',
    'sarcoma',
    'quimioterapia radiación',
    'cirugia',
    'niños',
    'pembrolizumab',
    '"estadio IV"',
    '"ensayos clínicos"',
    'cáncer de mama supervivencia',
    'efectos tardíos',
    'náuseas vómitos',
    'pronostico',
    'linfoma de hodgkin',
    'trasplante de médula ósea',
    'inmunoterapia',
    'tabaco',
    'leucemia infantil',
    'radioterapia',
    'dolor',
  ],
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

const ms = (value: number) => Number(value.toFixed(1))

const main = async () => {
  const payload = await getPayload({ config })
  const store = searchStoreOf(payload)
  await ensureSearchIndex(payload)
  const documents = await store.count()
  const parsed = (q: string, lang: string): SearchQuery => {
    const query = parseSearchQuery(new URLSearchParams({ q, lang }))
    if ('ok' in query) throw new Error(query.message)
    return query
  }
  // Warm the database's caches with one pass, then time three.
  for (const lang of ['en', 'es'] as const) for (const q of queries[lang]) await search(payload, parsed(q, lang))
  const rows: Row[] = []
  const db = payload.db as unknown as {
    name: string
    drizzle: { all?: (q: unknown) => Promise<unknown[]>; execute?: (q: unknown) => Promise<unknown> }
  }
  const { sql } = await import('@payloadcms/db-postgres')
  const scan = async (word: string, lang: string) => {
    const query = sql`SELECT count(DISTINCT doc) AS n FROM search_sections WHERE language = ${lang} AND lower(text) LIKE ${`%${word.toLowerCase()}%`}`
    if (db.name === 'postgres') await db.drizzle.execute?.(query)
    else await db.drizzle.all?.(query)
  }
  for (const lang of ['en', 'es'] as const) {
    const times: number[] = []
    let hits = 0
    for (let round = 0; round < 3; round++)
      for (const q of queries[lang]) {
        const start = performance.now()
        const answer = await search(payload, parsed(q, lang))
        times.push(performance.now() - start)
        if (round === 0) hits += answer.total
      }
    const scans: number[] = []
    for (const q of queries[lang]) {
      const word = q.replaceAll('"', '').split(' ')[0]
      const start = performance.now()
      await scan(word, lang)
      scans.push(performance.now() - start)
    }
    rows.push({
      name: `search p95, ${lang === 'en' ? 'English' : 'Spanish'} (${queries[lang].length} queries × 3, ${documents} documents indexed)`,
      value: ms(percentile(times, 95)),
      unit: 'ms',
      baseline: `substring scan of the first word, p95 ${ms(percentile(scans, 95))} ms`,
      ratio: Number((percentile(times, 95) / percentile(scans, 95)).toFixed(2)),
      note: `p50 ${ms(percentile(times, 50))} ms, max ${ms(Math.max(...times))} ms; ${hits} hits in all on ${payload.db.name}`,
    })
  }
  const start = performance.now()
  await store.reset(undefined, 0)
  const rebuilt = await ensureSearchIndex(payload)
  rows.push({
    name: 'rebuild the index from the latest published revisions',
    value: Number(((performance.now() - start) / 1000).toFixed(1)),
    unit: 's',
    note: `${rebuilt} documents, once per database (at npm start after the upgrade, or when the analyzer changes)`,
  })
  console.log(JSON.stringify({ rows }))
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
