import crypto from 'node:crypto'

import type { SummaryFromPdq } from '../galley/types'

import { canonicalJson } from '../../revisions/contentHash'

/** What the import did with one file. */
export const importOutcomes = ['imported', 'unchanged', 'sent for review', 'skipped', 'failed'] as const
export type ImportOutcome = (typeof importOutcomes)[number]

export type FileResult = { file: string; outcome: ImportOutcome; cdrId?: string; detail?: string }

/** The hash of a PDQ file's content as Galley holds it: the same file always gives the same hash. */
export const sourceHash = (summary: SummaryFromPdq): string => crypto.createHash('sha256').update(canonicalJson(summary)).digest('hex')

type Linked = { cdrId: string; links: ReadonlyArray<string | null> }

/**
 * The order to import documents in: every document after the documents of the same batch it links to
 * (a patient summary after its health professional summary, a translation after its original), so links
 * are resolved whatever the order of the files. Otherwise the given order is kept; a cycle (never seen
 * in PDQ) is broken at the document met first.
 */
export const importOrder = <T extends Linked>(docs: readonly T[]): T[] => {
  const byId = new Map(docs.map((doc) => [doc.cdrId, doc]))
  const placed = new Set<string>()
  const visiting = new Set<string>()
  const order: T[] = []
  const place = (doc: T) => {
    if (placed.has(doc.cdrId) || visiting.has(doc.cdrId)) return
    visiting.add(doc.cdrId)
    for (const link of doc.links) {
      const target = link ? byId.get(link) : undefined
      if (target) place(target)
    }
    visiting.delete(doc.cdrId)
    placed.add(doc.cdrId)
    order.push(doc)
  }
  for (const doc of docs) place(doc)
  return order
}

/**
 * The change type of an external update, chosen from the difference in the sections' text: no text
 * changed → a reformat; sections added or removed, or more than a fifth of them changed → a major
 * change; otherwise a minor change. The board can still see and judge the diff.
 */
export const changeTypeFor = ({ before, after }: { before: readonly string[]; after: readonly string[] }) => {
  const normalize = (texts: readonly string[]) => texts.map((text) => text.replace(/\s+/g, ' ').trim())
  const [a, b] = [normalize(before), normalize(after)]
  if (a.length !== b.length) return 'major-change' as const
  const changed = a.filter((text, index) => text !== b[index]).length
  if (changed === 0) return 'reformat' as const
  return changed * 5 > a.length ? ('major-change' as const) : ('minor-change' as const)
}

/** The final table: one row per outcome with its count, and every failed file with its reason. */
export const formatImportSummary = (results: readonly FileResult[], elapsedMs: number): string => {
  const counts = importOutcomes.map((outcome) => [outcome, results.filter((result) => result.outcome === outcome).length] as const)
  const width = Math.max(...importOutcomes.map((outcome) => outcome.length))
  const lines = [
    `${'outcome'.padEnd(width)}  files`,
    ...counts.map(([outcome, count]) => `${outcome.padEnd(width)}  ${String(count).padStart(5)}`),
    `${'total'.padEnd(width)}  ${String(results.length).padStart(5)}   in ${(elapsedMs / 1000).toFixed(1)} s`,
  ]
  const skipped = new Map<string, number>()
  for (const result of results)
    if (result.outcome === 'skipped') skipped.set(result.detail ?? '', (skipped.get(result.detail ?? '') ?? 0) + 1)
  if (skipped.size) lines.push('', 'skipped:', ...[...skipped].map(([reason, count]) => `  ${count} file(s): ${reason}`))
  const failed = results.filter((result) => result.outcome === 'failed')
  if (failed.length) lines.push('', 'failed:', ...failed.map((result) => `  ${result.file}: ${result.detail ?? 'unknown reason'}`))
  return lines.join('\n')
}
