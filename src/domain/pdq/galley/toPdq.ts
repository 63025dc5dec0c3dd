import type { LexicalNode } from '../../richtext/lexicalState'
import type { Block, Citation, Formatting, Inline, KeyPoint, PdqSummary, SummaryMetaData, SummarySection, TitleInline } from '../types'
import type { CitedReference, PdqSectionExtras, PdqSummaryExtras } from './types'

import { isLexicalState, isPlainObject } from '../../richtext/lexicalState'
import { referenceId } from '../../richtext/walk'
import { contentInOrder } from '../order'
import { FORMAT_BITS, formatKinds, stateOf } from './lexical'
import { plainText } from './text'
import { PDQ_BLOCK, PDQ_INLINE } from './types'
import { audienceToPdq, languageToPdq, summaryTypeToPdq } from './vocabulary'

/**
 * Galley summary → PDQ cancer information summary (the inverse of `fromPdq.ts`). Reads either the
 * fields `summaryFromPdq` gives or a published revision's content (section bodies as `{ lexical }`,
 * key points as strings). Citations are numbered afresh in each top-level section, in order of first
 * citation, as PDQ numbers them; each cited reference is listed once in its section's ReferenceSection.
 */

export type SectionForExport = {
  pdqId?: string | null
  level?: number | null
  title?: string | null
  keyPoints: ReadonlyArray<string | { text: string }>
  /** A Lexical state, or a revision's `{ lexical, text }`. */
  body: unknown
  pdq?: PdqSectionExtras | null
}

export type SummaryToExport = {
  cdrId: string
  title: string
  audience: 'patient' | 'health-professional'
  language: 'en' | 'es'
  summaryType: string
  description: string | null
  translationOfCdrId: string | null
  patientVersionOfCdrId: string | null
  boards: ReadonlyArray<{ cdrId: string; name: string }>
  dateFirstPublished: string | null
  dateLastModified: string | null
  sections: readonly SectionForExport[]
  pdq?: PdqSummaryExtras | null
  /** Where readers find the summary, for a summary made in Galley (PDQ's SummaryURL). */
  url?: string
}

/** A reference the summary cites was not given to the exporter. */
export class PdqExportError extends Error {}

const text = (value: string): TitleInline => ({ kind: 'text', value })

/** The stored markup when its text is still what Galley holds, else the plain text. */
const withMarkup = <T extends TitleInline | Inline>(plain: string, stored: T[] | undefined): T[] =>
  stored && plainText(stored) === plain.replace(/\s+/g, ' ').trim() ? stored : [text(plain) as T]

const lexicalOf = (body: unknown): unknown => (isPlainObject(body) && 'lexical' in body ? body.lexical : body)

class Exporter {
  /** Numbers of the top-level section being exported, by Galley reference id (or citation key). */
  private numbers = new Map<string, number>()

  constructor(private readonly reference: (id: string) => CitedReference | undefined) {}

  startTopLevel() {
    this.numbers = new Map()
  }

  referenceList(): Citation[] | undefined {
    if (this.numbers.size === 0) return undefined
    return [...this.numbers].map(([id, number]) => {
      const cited = this.reference(id)
      if (!cited) throw new PdqExportError(`the summary cites reference ${id}, which was not given to the export`)
      return {
        idx: String(number),
        ...(cited.pmid ? { PMID: cited.pmid } : {}),
        children: [{ kind: 'text', value: cited.text }],
      } as Citation
    })
  }

  private number(id: string): string {
    let number = this.numbers.get(id)
    if (number === undefined) {
      number = this.numbers.size + 1
      this.numbers.set(id, number)
    }
    return String(number)
  }

  /** A stored PDQ node with its citations numbered: numbers given in document order, then the node rebuilt. */
  numbered<T>(node: T): T {
    this.assign(node)
    return this.rebuild(node)
  }

  // jsonb may have reordered a stored node's keys: walk its content in the XML's order.
  private assign(node: unknown): void {
    if (Array.isArray(node)) for (const child of node) this.assign(child)
    else if (isPlainObject(node)) {
      if (node.kind === 'Reference') this.number(referenceId(node.refidx))
      else for (const child of contentInOrder(node)) this.assign(child)
    }
  }

  private rebuild<T>(node: T): T {
    if (Array.isArray(node)) return node.map((child) => this.rebuild(child)) as T
    if (!isPlainObject(node)) return node
    if (node.kind === 'Reference') return { kind: 'Reference', refidx: this.number(referenceId(node.refidx)) } as T
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, this.rebuild(value)])) as T
  }

  private formatted(children: Inline[], format: number): Inline[] {
    let nodes = children
    for (const kind of [...formatKinds].reverse()) if (format & FORMAT_BITS[kind]) nodes = [{ kind, children: nodes } as Formatting]
    return nodes
  }

  inlines(nodes: unknown): Inline[] {
    if (!Array.isArray(nodes)) return []
    const out: Inline[] = []
    for (const node of nodes as LexicalNode[]) {
      if (!isPlainObject(node)) continue
      const fields = isPlainObject(node.fields) ? node.fields : undefined
      if (node.type === 'text') {
        const format = typeof node.format === 'number' ? node.format : 0
        out.push(...this.formatted([{ kind: 'text', value: String(node.text ?? '') }], format))
      } else if (node.type === 'linebreak' || node.type === 'tab') out.push({ kind: 'text', value: ' ' })
      else if (node.type === 'link' || node.type === 'autolink') {
        const url = fields && typeof fields.url === 'string' ? fields.url : ''
        const children = Array.isArray(node.children) ? (node.children as LexicalNode[]) : []
        const format = typeof children[0]?.format === 'number' ? children[0].format : 0
        out.push(
          ...this.formatted([{ kind: 'ExternalRef', xref: url, text: children.map((child) => String(child.text ?? '')).join('') }], format),
        )
      } else if (fields?.blockType === 'citation') out.push({ kind: 'Reference', refidx: this.number(referenceId(fields.reference)) })
      else if (fields?.blockType === PDQ_INLINE) out.push(this.numbered(fields.node as Inline))
      else if (Array.isArray(node.children)) out.push(...this.inlines(node.children))
    }
    return out
  }

  blocks(state: unknown): Block[] {
    const root = isLexicalState(state) ? state.root : undefined
    const out: Block[] = []
    for (const node of (Array.isArray(root?.children) ? root.children : []) as LexicalNode[]) {
      if (!isPlainObject(node)) continue
      const fields = isPlainObject(node.fields) ? node.fields : undefined
      const { pdqId, pdqStyle, pdqCompact } = stateOf(node)
      if (fields?.blockType === PDQ_BLOCK) out.push(this.numbered(fields.node as Block))
      else if (node.type === 'list') {
        const items = (Array.isArray(node.children) ? node.children : []) as LexicalNode[]
        out.push({
          kind: node.listType === 'number' ? 'OrderedList' : 'ItemizedList',
          ...(pdqId ? { id: pdqId } : {}),
          ...(pdqCompact ? { Compact: pdqCompact } : {}),
          ...(pdqStyle ? { Style: pdqStyle } : {}),
          items: items.map((item) => ({ children: this.inlines(item.children) })),
        })
      } else if (node.type === 'heading') out.push({ kind: 'Para', children: [{ kind: 'Strong', children: this.inlines(node.children) }] })
      else {
        const children = this.inlines(node.children)
        // An empty paragraph without a PDQ id is the editor's placeholder for "no text", not a Para.
        if (children.length > 0 || pdqId) out.push({ kind: 'Para', ...(pdqId ? { id: pdqId } : {}), children })
      }
    }
    return out
  }

  keyPoints(points: SectionForExport['keyPoints'], stored: KeyPoint[] | undefined): KeyPoint[] {
    return points.map((point, index) => {
      const plain = typeof point === 'string' ? point : point.text
      const kept = stored?.[index]
      if (kept && plainText(kept.children) === plain.replace(/\s+/g, ' ').trim()) return this.numbered(kept)
      return { children: [{ kind: 'text', value: plain }] }
    })
  }
}

const sectionOf = (row: SectionForExport, exporter: Exporter): SummarySection => {
  const extras = row.pdq ?? {}
  const section: SummarySection = {
    kind: 'SummarySection',
    ...(row.pdqId ? { id: row.pdqId } : {}),
    ...(extras.meta ? { meta: extras.meta } : {}),
    ...(row.title ? { title: withMarkup(row.title, extras.title) } : {}),
    altTitles: extras.altTitles ?? [],
    keyPoints: exporter.keyPoints(row.keyPoints, extras.keyPoints),
    body: exporter.blocks(lexicalOf(row.body)),
    ...(extras.ExcludedDevices !== undefined ? { ExcludedDevices: extras.ExcludedDevices } : {}),
    ...(extras.IncludedDevices !== undefined ? { IncludedDevices: extras.IncludedDevices } : {}),
  }
  return section
}

/** The section tree from the flat rows: each row goes under the last row one level up. */
const sectionTree = (rows: readonly SectionForExport[], exporter: Exporter): SummarySection[] => {
  const top: SummarySection[] = []
  const stack: SummarySection[] = []
  const closeTopLevel = () => {
    const first = stack[0]
    if (!first) return
    const references = exporter.referenceList()
    if (references) first.references = references
  }
  for (const row of rows) {
    const level = Math.max(1, Math.min(row.level ?? 1, stack.length + 1))
    if (row.pdq?.continuation && level > 1) {
      stack.length = level - 1
      stack[level - 2].body.push(...exporter.blocks(lexicalOf(row.body)))
      continue
    }
    if (level === 1) {
      closeTopLevel()
      exporter.startTopLevel()
    }
    const section = sectionOf(row, exporter)
    stack.length = level - 1
    if (level === 1) top.push(section)
    else stack[level - 2].body.push(section)
    stack.push(section)
  }
  closeTopLevel()
  return top
}

const day = (value: string | null) => (value ? value.slice(0, 10) : undefined)

/** The summary as a PDQ document; `reference(id)` gives each cited reference's PMID and text. */
export const pdqFromSummary = (summary: SummaryToExport, reference: (id: string) => CitedReference | undefined): PdqSummary => {
  const exporter = new Exporter(reference)
  const sections = sectionTree(summary.sections, exporter)
  const extras: Partial<PdqSummaryExtras> = summary.pdq ?? {}
  const { meta: storedMeta, title: storedTitle, altTitles, ...rest } = extras
  const meta: SummaryMetaData = {
    url: { xref: summary.url ?? '', text: summary.title },
    mainTopics: [null],
    secondaryTopics: [],
    ...storedMeta,
    summaryType: summaryTypeToPdq[summary.summaryType as keyof typeof summaryTypeToPdq] ?? summary.summaryType,
    audience: audienceToPdq[summary.audience],
    language: languageToPdq[summary.language],
    description: summary.description ?? '',
    boards: summary.boards.map((board) => ({ ref: board.cdrId, text: board.name })),
  }
  const dateFirstPublished = day(summary.dateFirstPublished)
  const dateLastModified = day(summary.dateLastModified)
  return {
    kind: 'Summary',
    id: summary.cdrId,
    ...rest,
    meta,
    title: withMarkup(summary.title, storedTitle),
    altTitles: altTitles ?? [],
    sections,
    ...(summary.translationOfCdrId ? { translationOf: summary.translationOfCdrId } : {}),
    ...(summary.patientVersionOfCdrId ? { patientVersionOf: summary.patientVersionOfCdrId } : {}),
    ...(dateFirstPublished ? { dateFirstPublished } : {}),
    ...(dateLastModified ? { dateLastModified } : {}),
  }
}
