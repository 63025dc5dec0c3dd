import crypto from 'node:crypto'

import type { LexicalNode, LexicalState } from '../../richtext/lexicalState'
import type { Block, Citation, Formatting, Inline, PdqSummary, SummarySection } from '../types'
import type { CitationSource, PdqSectionExtras, PdqSummaryExtras, SummaryFromPdq, SummarySectionRow } from './types'

import { collapseSpace, element, FORMAT_BITS, formatKinds, nodeState, textNode } from './lexical'
import { plainText } from './text'
import { PDQ_BLOCK, PDQ_INLINE } from './types'
import { audienceFromPdq, languageFromPdq, summaryTypeFromPdq } from './vocabulary'

/**
 * PDQ cancer information summary → Galley summary (see `types.ts` for the shape and the mapping rules).
 * Pure: the importer resolves boards, links and citation keys to Galley ids afterwards.
 */

/** Galley's section type for a PDQ section, from the first of its PDQ section types Galley has a type for. */
const sectionTypeFromPdq: Record<string, string> = {
  'Cancer description': 'general-information',
  Incidence: 'general-information',
  'Classification by stage': 'stages',
  'Stage explanation--legacy': 'stages',
  'Standard treatment': 'treatment-overview',
  'Treatment option overview--legacy': 'treatment-overview',
  'Treatment options by stage': 'treatment-by-stage',
  'Treatment by stage--legacy': 'treatment-by-stage',
  'Treatment options for recurrent cancer': 'recurrent',
  Resources: 'learn-more',
  'Changes to summary': 'about-this-summary',
}

/** A PDQ file's value that Galley cannot hold: the importer reports the file as failed with this reason. */
export class PdqMappingError extends Error {}

/** A PubMed id as PubMed writes it: NCI's files have a few with leading zeros (`0010675377`). */
export const pubmedId = (pmid: string) => pmid.trim().replace(/^0+(?=\d)/, '')

/**
 * The key of a citation before the reference is in Galley: its PMID, or a hash of its text (with
 * `:2`, `:3` … appended when one section lists the same text more than once).
 */
export const citationKey = (citation: Citation): string =>
  citation.PMID
    ? `pmid:${pubmedId(citation.PMID)}`
    : `text:${crypto.createHash('sha256').update(plainText(citation.children)).digest('hex').slice(0, 24)}`

const isPlainInline = (node: Block['kind'] | Inline['kind']) =>
  !['Para', 'LiteralLayout', 'ItemizedList', 'OrderedList', 'Table', 'QandASet'].includes(node)

class Mapper {
  private blockIds = 0
  /** The citation keys of the top-level section being mapped, by `idx`. */
  private keys = new Map<string, string>()
  readonly citations = new Map<string, CitationSource>()

  constructor(private readonly file: string) {}

  private nextId = () => `pdq${(++this.blockIds).toString(36).padStart(4, '0')}`

  startTopLevel(section: SummarySection) {
    this.keys = new Map()
    const used = new Set<string>()
    for (const citation of section.references ?? []) {
      // A few sections list the same unlinked citation twice under two numbers; each keeps its number.
      let key = citationKey(citation)
      for (let occurrence = 2; used.has(key); occurrence++) key = `${citationKey(citation)}:${occurrence}`
      used.add(key)
      this.keys.set(citation.idx, key)
      if (!this.citations.has(key))
        this.citations.set(key, { key, pmid: citation.PMID ? pubmedId(citation.PMID) : null, citation, text: plainText(citation.children) })
    }
  }

  private keyOf(refidx: string): string {
    const key = this.keys.get(refidx)
    if (key === undefined)
      throw new PdqMappingError(`${this.file}: a Reference cites refidx ${refidx}, which its section's ReferenceSection does not list`)
    return key
  }

  /** A PDQ node with every Reference's refidx replaced by its citation key. */
  keyed<T>(node: T): T {
    if (Array.isArray(node)) return node.map((child) => this.keyed(child)) as T
    if (typeof node !== 'object' || node === null) return node
    const value = node as Record<string, unknown>
    if (value.kind === 'Reference') return { kind: 'Reference', refidx: this.keyOf(String(value.refidx)) } as T
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, this.keyed(child)])) as T
  }

  private citation(refidx: string): LexicalNode {
    return {
      type: 'inlineBlock',
      version: 1,
      fields: { id: this.nextId(), blockName: '', blockType: 'citation', reference: this.keyOf(refidx) },
    }
  }

  private pdqInline(node: Inline, format: number): LexicalNode {
    // Formatting around a term or link is kept by wrapping the stored node in it again.
    let wrapped: Inline = this.keyed(node)
    for (const kind of formatKinds) if (format & FORMAT_BITS[kind]) wrapped = { kind, children: [wrapped] }
    return { type: 'inlineBlock', version: 1, fields: { id: this.nextId(), blockName: '', blockType: PDQ_INLINE, node: wrapped } }
  }

  inlines(nodes: readonly Inline[], format = 0): LexicalNode[] {
    const out: LexicalNode[] = []
    for (const node of nodes) {
      switch (node.kind) {
        case 'text':
          if (node.value) out.push(textNode(collapseSpace(node.value), format))
          break
        case 'Strong':
        case 'Emphasis':
        case 'Subscript':
        case 'Superscript':
          if ((node as Formatting).id === undefined) out.push(...this.inlines(node.children, format | FORMAT_BITS[node.kind]))
          else out.push(this.pdqInline(node, format))
          break
        case 'ExternalRef':
          // A few xrefs carry stray spaces around the URL; the link keeps the URL.
          if (node.text.trim())
            out.push(
              element('link', [textNode(collapseSpace(node.text), format)], {
                version: 3,
                fields: { url: node.xref.trim(), linkType: 'custom', newTab: false },
              }),
            )
          else out.push(this.pdqInline(node, format))
          break
        case 'Reference':
          out.push(this.citation(node.refidx))
          break
        default:
          out.push(this.pdqInline(node, format))
      }
    }
    return out
  }

  /** Paragraph content without the XML's indentation at its ends. */
  private paragraphContent(nodes: readonly Inline[]): LexicalNode[] {
    const children = this.inlines(nodes)
    const first = children[0]
    if (first?.type === 'text') first.text = String(first.text).trimStart()
    const last = children[children.length - 1]
    if (last?.type === 'text') last.text = String(last.text).trimEnd()
    return children.filter((child) => child.type !== 'text' || child.text !== '')
  }

  private pdqBlock(node: Block): LexicalNode {
    return {
      type: 'block',
      version: 2,
      format: '',
      fields: { id: this.nextId(), blockName: '', blockType: PDQ_BLOCK, node: this.keyed(node) },
    }
  }

  block(node: Block): LexicalNode {
    const filtered = 'ExcludedDevices' in node && (node.ExcludedDevices !== undefined || node.IncludedDevices !== undefined)
    if (node.kind === 'Para' && !filtered)
      return element('paragraph', this.paragraphContent(node.children), { textFormat: 0, textStyle: '', ...nodeState({ pdqId: node.id }) })
    if (
      (node.kind === 'ItemizedList' || node.kind === 'OrderedList') &&
      !filtered &&
      node.listTitle === undefined &&
      node.items.length > 0 &&
      node.items.every((item) => item.children.every((child) => isPlainInline(child.kind)))
    ) {
      const ordered = node.kind === 'OrderedList'
      const items = node.items.map((item, index) =>
        element('listitem', this.paragraphContent(item.children as Inline[]), { value: index + 1 }),
      )
      return element('list', items, {
        listType: ordered ? 'number' : 'bullet',
        start: 1,
        tag: ordered ? 'ol' : 'ul',
        ...nodeState({ pdqId: node.id, pdqStyle: node.Style, pdqCompact: node.Compact }),
      })
    }
    return this.pdqBlock(node)
  }

  /**
   * A section's text. A section with none (its text is all in its subsections) gets one empty
   * paragraph: Lexical refuses to load an empty root (error #38), which left such sections of
   * imported summaries uneditable in the admin; the export leaves empty paragraphs out.
   */
  body(blocks: readonly Block[]): LexicalState {
    const children = blocks.map((block) => this.block(block))
    return { root: element('root', children.length > 0 ? children : [element('paragraph', [], { textFormat: 0, textStyle: '' })]) }
  }
}

const sectionExtras = (section: SummarySection, mapper: Mapper): PdqSectionExtras | null => {
  const extras: PdqSectionExtras = {}
  if (section.title && section.title.some((node) => node.kind !== 'text')) extras.title = section.title
  if (section.meta) extras.meta = section.meta
  if (section.altTitles.length) extras.altTitles = section.altTitles
  if (section.ExcludedDevices !== undefined) extras.ExcludedDevices = section.ExcludedDevices
  if (section.IncludedDevices !== undefined) extras.IncludedDevices = section.IncludedDevices
  if (section.keyPoints.some((point) => point.id !== undefined || point.children.some((child) => child.kind !== 'text')))
    extras.keyPoints = mapper.keyed(section.keyPoints)
  return Object.keys(extras).length ? extras : null
}

const sectionRows = (section: SummarySection, level: number, mapper: Mapper, rows: SummarySectionRow[]) => {
  if (level > 8) throw new PdqMappingError(`section ${section.id ?? '(no id)'} is nested ${level} deep; Galley holds up to 8 levels`)
  const head: Block[] = []
  let index = 0
  for (; index < section.body.length; index++) {
    const node = section.body[index]
    if (node.kind === 'SummarySection') break
    head.push(node)
  }
  const sectionType = section.meta?.sectionTypes.map((type) => sectionTypeFromPdq[type]).find(Boolean) ?? 'other'
  rows.push({
    pdqId: section.id ?? null,
    level,
    title: section.title ? plainText(section.title) : '',
    sectionType,
    keyPoints: section.keyPoints.map((point) => ({ text: plainText(point.children) })),
    body: mapper.body(head),
    pdq: sectionExtras(section, mapper),
  })
  let pending: Block[] = []
  const flush = () => {
    if (pending.length === 0) return
    rows.push({
      pdqId: null,
      level: level + 1,
      title: '',
      sectionType: 'other',
      keyPoints: [],
      body: mapper.body(pending),
      pdq: { continuation: true },
    })
    pending = []
  }
  for (; index < section.body.length; index++) {
    const node = section.body[index]
    if (node.kind === 'SummarySection') {
      flush()
      sectionRows(node, level + 1, mapper, rows)
    } else pending.push(node)
  }
  flush()
}

const known = <T extends string>(table: Record<string, T>, value: string, what: string, file: string): T => {
  const mapped = table[value]
  if (mapped === undefined)
    throw new PdqMappingError(`${file}: ${what} "${value}" is not one Galley knows (${Object.keys(table).join(', ')})`)
  return mapped
}

/** A PDQ summary as Galley fields, and every citation it makes (once per citation key). */
export const summaryFromPdq = (doc: PdqSummary, { file }: { file: string }): { summary: SummaryFromPdq; citations: CitationSource[] } => {
  const mapper = new Mapper(file)
  const rows: SummarySectionRow[] = []
  for (const section of doc.sections) {
    mapper.startTopLevel(section)
    sectionRows(section, 1, mapper, rows)
  }
  const { kind: _kind, id, sections: _sections, translationOf, patientVersionOf, dateFirstPublished, dateLastModified, meta, ...rest } = doc
  const { audience, language, description, ...otherMeta } = meta
  const pdq: PdqSummaryExtras = { ...rest, meta: otherMeta }
  const summary: SummaryFromPdq = {
    cdrId: id,
    title: plainText(doc.title),
    audience: known(audienceFromPdq, audience, 'SummaryAudience', file),
    language: known(languageFromPdq, language, 'SummaryLanguage', file),
    summaryType: known(summaryTypeFromPdq, meta.summaryType, 'SummaryType', file),
    cancerType: meta.mainTopics.find(Boolean)?.text.trim() || plainText(doc.title),
    description: description.replace(/\s+/g, ' ').trim() || null,
    translationOfCdrId: translationOf ?? null,
    patientVersionOfCdrId: patientVersionOf ?? null,
    boards: meta.boards.map((board) => ({ cdrId: board.ref, name: board.text.replace(/\s+/g, ' ').trim() })),
    referenceNumbering: 'per-section',
    dateFirstPublished: dateFirstPublished ?? null,
    dateLastModified: dateLastModified ?? null,
    sections: rows,
    pdq,
  }
  return { summary, citations: [...mapper.citations.values()] }
}
