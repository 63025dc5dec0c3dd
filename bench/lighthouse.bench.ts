import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import type { Row } from './diff.bench'

import { chromiumArgs, chromiumPath } from '../tests/helpers/chromium'
import { startGalley } from '../tests/helpers/galleyServer'
import { fixtureDatabase } from '../tests/helpers/importedDatabase'

/**
 * Lighthouse (mobile, its default simulated throttling) with Debian's Chromium on the public pages:
 * the home page, the demo summary, NCI's sarcoma health professional summary, the largest summary
 * (343584: 239 sections), a Spanish summary, a drug page and a search results page; each page's four
 * category scores and its Core Web Vitals. Baseline, same run: the demo summary as Next renders it
 * with its client runtime (a query string bypasses the page cache, which serves pages as documents).
 *
 * Database: LIGHTHOUSE_DB or PDQ_IMPORT_DB (an imported corpus), else a fresh SQLite database with
 * the demo and the PDQ files of tests/fixtures imported.
 */
const PORT = 3390
/** A summary's page path from its PDQ id: the feed redirects `/feed/v1/pdq/{cdrId}.json` to its JSON. */
const summaryPage = async (origin: string, cdrId: string): Promise<string> => {
  const response = await fetch(`${origin}/feed/v1/pdq/${cdrId}.json`, { redirect: 'manual' })
  const location = response.headers.get('location') ?? ''
  const slug = /\/summaries\/([^/]+)\.json$/.exec(location)?.[1]
  if (!slug) throw new Error(`${cdrId} is not published here (${response.status})`)
  return `/summaries/${slug}`
}

type Scores = {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcp: number
  tbt: number
  cls: number
  fcp: number
}

const audit = async (url: string, port: number): Promise<Scores> => {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' })
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`)
  const { categories, audits, runtimeError } = result.lhr
  if (runtimeError) throw new Error(`Lighthouse on ${url}: ${runtimeError.message}`)
  const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100)
  const value = (key: string) => audits[key]?.numericValue ?? Number.NaN
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    fcp: value('first-contentful-paint'),
  }
}

const describe = (scores: Scores) =>
  `accessibility ${scores.accessibility}, best practices ${scores.bestPractices}, SEO ${scores.seo}; LCP ${(scores.lcp / 1000).toFixed(1)} s, TBT ${Math.round(scores.tbt)} ms, CLS ${scores.cls.toFixed(3)}, FCP ${(scores.fcp / 1000).toFixed(1)} s`

export async function benchLighthouse(): Promise<Row[]> {
  const database = process.env.LIGHTHOUSE_DB ?? process.env.PDQ_IMPORT_DB ?? fixtureDatabase('lighthouse')
  const server = await startGalley(PORT, database, { SERVER_URL: `http://127.0.0.1:${PORT}` })
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumArgs })
  try {
    const demo = '/summaries/adult-soft-tissue-sarcoma-treatment-patient'
    const pages: [string, string][] = [
      ['home', '/'],
      ['demo summary (patient)', demo],
      ['sarcoma summary, health professional (CDR62820)', await summaryPage(server.origin, 'CDR0000062820')],
      ['largest summary (CDR343584, 239 sections)', await summaryPage(server.origin, 'CDR0000343584')],
      ['Spanish summary (CDR256690)', await summaryPage(server.origin, 'CDR0000256690')],
      ['drug page', '/drugs/pazopanib'],
      ['search results', '/search?q=sarcoma+surgery'],
    ]
    const baseline = await audit(`${server.origin}${demo}?runtime=next`, chrome.port)
    const rows: Row[] = []
    for (const [name, page] of pages) {
      await fetch(`${server.origin}${page}`) // fills the page cache, as any earlier visitor would have
      const scores = await audit(`${server.origin}${page}`, chrome.port)
      rows.push({
        name: `${name}: ${page}`,
        value: scores.performance,
        unit: 'performance',
        baseline: `demo summary with Next's runtime: ${baseline.performance}`,
        ratio: Number((scores.performance / baseline.performance).toFixed(2)),
        note: describe(scores),
      })
    }
    rows.push({
      name: "baseline: demo summary with Next's client runtime",
      value: baseline.performance,
      unit: 'performance',
      note: describe(baseline),
    })
    return rows
  } finally {
    await chrome.kill()
    await server.stop()
  }
}
