import type { LexicalState } from '../../richtext/lexicalState'
import type { AltTitle, Citation, KeyPoint, PdqSummary, SectMetaData, SummaryMetaData, TitleInline } from '../types'

/**
 * How a PDQ cancer information summary is held in Galley: the contract between the mapping
 * (`fromPdq.ts` / `toPdq.ts`), the `summaries` collection, the revision content, the importer, the
 * exporter and the public pages.
 *
 * Shape: a summary keeps Galley's fields (title, audience, language, description, translation links)
 * and a flat list of section rows in document order. A row is one PDQ SummarySection at any depth:
 * `level` 1 is a top-level section, 2 its subsection, and so on to 8. Each row has its own Lexical body,
 * so the largest summary (239 sections) is 239 small editors rather than one 1 MB one.
 *
 * Inside a Lexical body:
 * - Para → `paragraph`; its PDQ id, when it has one, is kept in Lexical's node state: `$: { pdqId }`
 *   (the same for `list` and `listitem` nodes).
 * - Strong, Emphasis, Subscript, Superscript → text format bits 1, 2, 32, 64 (combined when nested).
 * - ExternalRef → a `link` node (`fields: { url, linkType: 'custom', newTab: false }`).
 * - ItemizedList / OrderedList without a title or device filter whose items hold inline content only →
 *   Lexical `list`/`listitem` (bullet / number), Style and Compact in node state; any other list → a `pdqBlock`.
 * - Reference (a numbered citation) → Galley's `citation` inline block,
 *   `{ type: 'inlineBlock', fields: { id, blockName: '', blockType: 'citation', reference } }`, where
 *   `reference` is the Galley reference id. Before the references exist (inside the mapping) it is a
 *   citation key, see `citationKey`.
 * - Any other inline node (GlossaryTermRef, LOERef, SummaryRef, ProtocolRef, DrugRef, MediaRef, the CDR
 *   links, Note, Quote, inline MediaLink/EmbeddedVideo, and the formatting kinds GeneName, ScientificName,
 *   ForeignWord, DrugName, InterventionName, TT) → a `pdqInline` inline block whose `node` is the PDQ node
 *   itself: `{ type: 'inlineBlock', fields: { id, blockName: '', blockType: 'pdqInline', node } }`.
 * - Any other block (Table, QandASet, MediaLink, EmbeddedVideo, LiteralLayout, a Para with device
 *   filters, a list Lexical cannot hold) → a `pdqBlock` block whose `node` is the PDQ node itself:
 *   `{ type: 'block', version: 2, format: '', fields: { id, blockName: '', blockType: 'pdqBlock', node } }`.
 * - Inside a stored PDQ node (pdqInline / pdqBlock), a citation stays `{ kind: 'Reference', refidx }`
 *   but **`refidx` holds the Galley reference id** (or the citation key inside the mapping), never the
 *   per-section number: numbers are generated when the summary is published or exported.
 *
 * Reference numbering: PDQ numbers citations per top-level section, in order of first citation
 * (`referenceNumbering: 'per-section'`); Galley's own summaries number them once for the whole summary.
 */

export const PDQ_BLOCK = 'pdqBlock'
export const PDQ_INLINE = 'pdqInline'

/** What a section row keeps of PDQ beyond its Galley fields, for a lossless export. */
export type PdqSectionExtras = {
  /** The title with its markup, when it has any; exported when its plain text still equals the row's title. */
  title?: TitleInline[]
  meta?: SectMetaData
  altTitles?: AltTitle[]
  ExcludedDevices?: string
  IncludedDevices?: string
  /** Key points with markup/ids, exported when their plain text still equals the row's key point. */
  keyPoints?: KeyPoint[]
  /**
   * True when this row holds blocks that, in the XML, follow one or more subsections of the section one
   * level up (PDQ allows `Para, SummarySection, Para`): the exporter appends them to that parent.
   */
  continuation?: boolean
}

export type SummarySectionRow = {
  pdqId: string | null
  level: number
  title: string
  sectionType: string
  keyPoints: Array<{ text: string }>
  body: LexicalState
  pdq: PdqSectionExtras | null
}

/** What a summary keeps of PDQ beyond its Galley fields. */
export type PdqSummaryExtras = Omit<PdqSummary, 'kind' | 'id' | 'sections' | 'translationOf' | 'patientVersionOf' | 'meta'> & {
  meta: Omit<SummaryMetaData, 'audience' | 'language' | 'description'>
}

/** The Galley fields of a summary made from a PDQ file (the importer adds board, slug, status). */
export type SummaryFromPdq = {
  cdrId: string
  title: string
  audience: 'patient' | 'health-professional'
  language: 'en' | 'es'
  summaryType: string
  cancerType: string
  description: string | null
  /** CDR ids; the importer resolves them to Galley summaries when those are imported. */
  translationOfCdrId: string | null
  patientVersionOfCdrId: string | null
  /** The PDQ boards named by the summary, by CDR id; the first is the responsible board. */
  boards: Array<{ cdrId: string; name: string }>
  referenceNumbering: 'per-section'
  dateFirstPublished: string | null
  dateLastModified: string | null
  sections: SummarySectionRow[]
  pdq: PdqSummaryExtras
}

/**
 * A citation key names one reference before it is in Galley: `pmid:<PMID>` for a cited paper, or
 * `text:<hash of the formatted citation>` for a citation without a PMID. Every PDQ Citation of the file
 * is listed once per key with its formatted text.
 */
export type CitationSource = { key: string; pmid: string | null; citation: Citation; text: string }

/** What the exporter needs to know about a cited reference. */
export type CitedReference = { pmid: string | null; text: string }
