import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { diffDocuments } from '../src/domain/diff/diffDocuments'
import { lexical } from '../src/domain/richtext/buildLexical'
import { lexicalToPlainText } from '../src/domain/richtext/plainText'

export type Row = { name: string; value: number; unit: string; baseline?: string; ratio?: number; note?: string }

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SEED_FILE = 'nci-pdq-adult-soft-tissue-sarcoma-treatment-patient.txt'
const TARGET_BYTES = 40_000
const SECTIONS = 9
const WORD_EDITS = 30
const WARMUP = 10
const RUNS = 60

/** Deterministic pseudo-random numbers, so every run diffs the same edits. */
const random = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31
  return seed / 2 ** 31
}

const seedText = (): { text: string; source: string } => {
  const dirs = [process.env.GALLEY_SEEDS_DIR, path.resolve(PROJECT_ROOT, '../shared/seeds')].filter(Boolean) as string[]
  for (const dir of dirs) {
    const file = path.join(dir, SEED_FILE)
    if (existsSync(file)) return { text: readFileSync(file, 'utf8'), source: file }
  }
  const next = random(7)
  const vocabulary =
    'soft tissue sarcoma tumor surgery radiation therapy chemotherapy doctor patients cells treatment stage grade lymph nodes body imaging biopsy targeted drug trial'.split(' ')
  const sentences: string[] = []
  for (let bytes = 0; bytes < TARGET_BYTES; ) {
    const words = Array.from({ length: 8 + Math.floor(next() * 14) }, () => vocabulary[Math.floor(next() * vocabulary.length)])
    const sentence = `${words.join(' ')}.`.replace(/^./, (c) => c.toUpperCase())
    sentences.push(sentence)
    bytes += sentence.length + 1
  }
  return { text: sentences.join(' '), source: 'synthesized' }
}

/** The seed text as 9 sections of paragraphs (4 sentences each), a citation after every third sentence. */
const buildSections = (text: string): string[][] => {
  const sentences = text.replace(/\s+/g, ' ').split(/(?<=[.?!])\s+(?=[A-Z])/)
  const kept: string[] = []
  for (let bytes = 0, i = 0; i < sentences.length && bytes < TARGET_BYTES; i++) {
    kept.push(i % 3 === 2 ? sentences[i].replace(/([.?!])$/, ` [[ref:${(i % 12) + 1}]]$1`) : sentences[i])
    bytes += sentences[i].length + 1
  }
  const perSection = Math.ceil(kept.length / SECTIONS)
  return Array.from({ length: SECTIONS }, (_, s) => {
    const mine = kept.slice(s * perSection, (s + 1) * perSection)
    const paragraphs: string[] = []
    for (let i = 0; i < mine.length; i += 4) paragraphs.push(mine.slice(i, i + 4).join(' '))
    return paragraphs
  })
}

const summaryOf = (sections: string[][]) => ({
  id: 1,
  title: 'Adult Soft Tissue Sarcoma Treatment',
  sections: sections.map((paragraphs, i) => ({
    id: `section-${i}`,
    title: `Section ${i + 1}`,
    sectionType: 'treatment',
    keyPoints: [{ text: paragraphs[0]?.split('. ')[0] ?? '' }],
    body: lexical(paragraphs),
  })),
})

/** ~30 single-word replacements at random places, one citation retargeted, one section moved. */
const editSections = (sections: string[][]): string[][] => {
  const next = random(2024)
  const edited = sections.map((paragraphs) => [...paragraphs])
  const replacements = ['often', 'rarely', 'significantly', 'tumour', 'clinicians', 'regimen', 'usually', 'metastatic']
  for (let edit = 0; edit < WORD_EDITS; edit++) {
    const paragraphs = edited[Math.floor(next() * edited.length)]
    const p = Math.floor(next() * paragraphs.length)
    const words = paragraphs[p].split(' ')
    const candidates = words.flatMap((word, i) => (/^[a-z]{4,}$/.test(word) ? [i] : []))
    if (!candidates.length) continue
    words[candidates[Math.floor(next() * candidates.length)]] = replacements[edit % replacements.length]
    paragraphs[p] = words.join(' ')
  }
  const withCitation = edited[4].findIndex((paragraph) => paragraph.includes('[[ref:'))
  if (withCitation >= 0) edited[4][withCitation] = edited[4][withCitation].replace(/\[\[ref:\d+\]\]/, '[[ref:99]]')
  return edited
}

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
  const { text, source } = seedText()
  const sections = buildSections(text)
  const before = summaryOf(sections)
  const moved = summaryOf(editSections(sections))
  const [sixth] = moved.sections.splice(6, 1)
  moved.sections.splice(2, 0, sixth)
  const after = moved

  const bytes = sections.flat().join('\n\n').length
  const changeLog = diffDocuments({ before, after })
  const plainText = () => [...before.sections, ...after.sections].map((section) => lexicalToPlainText(section.body))
  const diff = measure(() => diffDocuments({ before, after }))
  const linear = measure(plainText)

  const unrelated = summaryOf(buildSections(text.split(' ').reverse().join(' ')))
  const worst = measure(() => diffDocuments({ before, after: { ...unrelated, sections: unrelated.sections.map((s, i) => ({ ...s, id: before.sections[i].id })) } }))

  const s = changeLog.summary
  const doc = `${SECTIONS} sections, ${Math.round(bytes / 1000)} KB of text from ${path.basename(source)}`
  const found = `found ${s.sectionsChanged} changed sections, +${s.wordsInserted}/-${s.wordsDeleted} words, citations +${s.citationsAdded}/-${s.citationsRemoved}`
  return [
    {
      name: 'diffDocuments ~40 KB summary, median',
      value: round(diff.median),
      unit: 'ms',
      baseline: 'lexicalToPlainText of both documents, median',
      ratio: round(diff.median / linear.median, 2),
      note: `${doc}; ${WORD_EDITS} word edits, 1 section move, 1 citation change; ${found}; ${RUNS} runs after ${WARMUP} warm-up`,
    },
    {
      name: 'diffDocuments ~40 KB summary, p95',
      value: round(diff.p95),
      unit: 'ms',
      baseline: 'lexicalToPlainText of both documents, p95',
      ratio: round(diff.p95 / linear.p95, 2),
    },
    { name: 'lexicalToPlainText both documents, median', value: round(linear.median), unit: 'ms' },
    {
      name: 'diffDocuments ~40 KB, every section rewritten, median',
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
