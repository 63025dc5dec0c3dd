import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { SeedBlock, SeedSection } from '../src/seed/data/types'

import { diffDocuments } from '../src/domain/diff/diffDocuments'
import { lexicalToPlainText } from '../src/domain/richtext/plainText'
import { summary } from '../src/seed/data/summary'
import { seedBlocksToLexical } from '../src/seed/lexical'

export type Row = { name: string; value: number; unit: string; baseline?: string; ratio?: number; note?: string }

const WORD_EDITS = 30
const WARMUP = 10
const RUNS = 60

/** Deterministic pseudo-random numbers, so every run diffs the same edits. */
const random = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31
  return seed / 2 ** 31
}

/** Reference keys as the seed resolves them to ids (any stable mapping will do for a diff). */
const referenceIds = new Map<string, number>()
const resolveReference = (key: string) => {
  if (!referenceIds.has(key)) referenceIds.set(key, referenceIds.size + 1)
  return referenceIds.get(key) as number
}

/** The seeded demo summary as the database holds it: sections with stable ids and Lexical bodies. */
const summaryOf = (sections: SeedSection[]) => ({
  id: 1,
  title: summary.title,
  description: summary.description,
  sections: sections.map(({ key, title, sectionType, keyPoints, body }) => ({
    id: key,
    title,
    sectionType,
    keyPoints: keyPoints.map((text) => ({ text })),
    body: seedBlocksToLexical({ blocks: body, resolveReference, idSeed: `${summary.slug}:${key}` }),
  })),
})

const mapText = (block: SeedBlock, change: (text: string) => string): SeedBlock =>
  block.type === 'list' ? { ...block, items: block.items.map(change) } : { ...block, text: change(block.text) }

/** ~30 single-word replacements at random places, one citation retargeted. */
const editSections = (sections: SeedSection[]): SeedSection[] => {
  const next = random(2024)
  const edited = sections.map((section) => ({ ...section, body: [...section.body] }))
  const replacements = ['often', 'rarely', 'significantly', 'tumour', 'clinicians', 'regimen', 'usually', 'metastatic']
  for (let edit = 0; edit < WORD_EDITS; edit++) {
    const section = edited[Math.floor(next() * edited.length)]
    const b = Math.floor(next() * section.body.length)
    section.body[b] = mapText(section.body[b], (text) => {
      const words = text.split(' ')
      const candidates = words.flatMap((word, i) => (/^[a-z]{4,}$/.test(word) ? [i] : []))
      if (!candidates.length) return text
      words[candidates[Math.floor(next() * candidates.length)]] = replacements[edit % replacements.length]
      return words.join(' ')
    })
  }
  const cited = edited.find((section) => section.body.some((block) => block.type === 'paragraph' && block.text.includes('[[ref:')))
  if (cited) {
    const b = cited.body.findIndex((block) => block.type === 'paragraph' && block.text.includes('[[ref:'))
    cited.body[b] = mapText(cited.body[b], (text) => text.replace(/\[\[ref:[a-z0-9-]+\]\]/, '[[ref:bench-new-reference]]'))
  }
  return edited
}

/** Every paragraph's words reversed: the diff can match almost nothing. */
const rewriteAll = (sections: SeedSection[]): SeedSection[] =>
  sections.map((section) => ({
    ...section,
    body: section.body.map((block) => mapText(block, (text) => text.split(' ').reverse().join(' '))),
  }))

const textBytes = (sections: SeedSection[]): number =>
  sections
    .map((s) => [s.title, ...s.keyPoints, ...s.body.map((b) => (b.type === 'list' ? b.items.join(' ') : b.text))].join('\n'))
    .join('\n').length

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]

const measure = (work: () => unknown): { median: number; p95: number } => {
  for (let i = 0; i < WARMUP; i++) work()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    work()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95) }
}

const round = (value: number, digits = 3): number => Number(value.toFixed(digits))

/** Time to diff a ~40 KB summary with scattered edits, against one linear pass over both documents. */
export async function benchDiff(): Promise<Row[]> {
  const sections = summary.sections
  const before = summaryOf(sections)
  const after = summaryOf(editSections(sections))
  const [moved] = after.sections.splice(6, 1)
  after.sections.splice(2, 0, moved)

  const bytes = textBytes(sections)
  const changeLog = diffDocuments({ before, after })
  const plainText = () => [...before.sections, ...after.sections].map((section) => lexicalToPlainText(section.body))
  const diff = measure(() => diffDocuments({ before, after }))
  const linear = measure(plainText)

  const rewritten = summaryOf(rewriteAll(sections))
  const worst = measure(() => diffDocuments({ before, after: rewritten }))

  const s = changeLog.summary
  const doc = `the seeded summary "${summary.title}": ${sections.length} sections, ${Math.round(bytes / 1000)} KB of text`
  const found = `found ${s.sectionsChanged} changed sections, +${s.wordsInserted}/-${s.wordsDeleted} words, citations +${s.citationsAdded}/-${s.citationsRemoved}`
  return [
    {
      name: 'diffDocuments seeded summary, median',
      value: round(diff.median),
      unit: 'ms',
      baseline: 'lexicalToPlainText of both documents, median',
      ratio: round(diff.median / linear.median, 2),
      note: `${doc}; ${WORD_EDITS} word edits, 1 section move, 1 citation change; ${found}; ${RUNS} runs after ${WARMUP} warm-up`,
    },
    {
      name: 'diffDocuments seeded summary, p95',
      value: round(diff.p95),
      unit: 'ms',
      baseline: 'lexicalToPlainText of both documents, p95',
      ratio: round(diff.p95 / linear.p95, 2),
    },
    { name: 'lexicalToPlainText both documents, median', value: round(linear.median), unit: 'ms' },
    {
      name: 'diffDocuments seeded summary, every section rewritten, median',
      value: round(worst.median),
      unit: 'ms',
      baseline: 'lexicalToPlainText of both documents, median',
      ratio: round(worst.median / linear.median, 2),
      note: 'worst case: the bounded diff falls back to block-by-block',
    },
  ]
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.table(await benchDiff())
}
