import type { Block, DrugInfoSection, Flow, PdqDocument, SummarySection, Table, TitleInline } from './types'

/**
 * Content comparison of two PDQ documents: what a reader or a citation checker would notice, with
 * formatting (markup around text, whitespace, attribute order, the choice of entities) ignored.
 */

export const contentKinds = [
  'metadata',
  'title',
  'section',
  'text',
  'keyPoints',
  'tables',
  'citedReferences',
  'referenceList',
  'glossaryLinks',
  'evidenceLinks',
  'summaryLinks',
  'trialLinks',
  'mediaLinks',
  'externalLinks',
  'translationLinks',
  'dates',
] as const
export type ContentKind = (typeof contentKinds)[number]

/** One difference: where (`/Summary/SummarySection[@id='_1']`), what kind, and both sides (absent = undefined). */
export type ContentDifference = { path: string; kind: ContentKind; a?: string; b?: string }

type Facts = Map<string, { path: string; kind: ContentKind; value: string }>

/** Collects a section's content as the comparison sees it. */
class Collector {
  text: string[] = []
  tables: string[] = []
  cited: string[] = []
  glossary: string[] = []
  evidence: string[] = []
  summaries: string[] = []
  trials: string[] = []
  media: string[] = []
  external: string[] = []

  nodes(nodes: ReadonlyArray<Flow | Block | TitleInline>, sink: string[] = this.text) {
    for (const node of nodes) this.node(node, sink)
  }

  private node(node: Flow | Block, sink: string[]) {
    switch (node.kind) {
      case 'text':
        sink.push(node.value)
        return
      case 'Reference':
        this.cited.push(node.refidx)
        return
      case 'GlossaryTermRef':
        this.glossary.push(`${node.href} ${node.dictionary ?? ''}/${node.audience ?? ''}`)
        break
      case 'LOERef':
        this.evidence.push(node.href)
        break
      case 'SummaryRef':
        this.summaries.push(`${node.href ?? ''} ${node.url ?? ''}`)
        this.nodes(node.children, sink)
        return
      case 'ProtocolRef':
        this.trials.push(node.nct_id)
        break
      case 'ExternalRef':
        this.external.push(node.xref.trim())
        break
      case 'DrugRef':
        this.external.push(`${node.href} ${node.url ?? ''}`)
        break
      case 'MediaRef':
      case 'GlossaryTermLink':
      case 'LOELink':
      case 'ProtocolLink':
      case 'SummaryLink':
        this.external.push(node.kind === 'MediaRef' ? node.href : (node.ref ?? ''))
        break
      case 'MediaLink':
        // A figure is a block of its own: its caption never runs into the text around it.
        this.media.push(`${node.ref} ${node.type} ${node.alt}`)
        for (const caption of node.captions) {
          sink.push(' ')
          this.nodes(caption.children, sink)
          sink.push(' ')
        }
        return
      case 'EmbeddedVideo':
        this.media.push(`${node.ref} ${node.unique_id} ${node.videoTitle ?? ''}`)
        for (const caption of node.captions) this.nodes(caption.children, sink)
        return
      case 'Quote':
        this.nodes(node.quotedText, sink)
        sink.push(` ${node.source ?? ''} ${node.quoteAuthor ?? ''} `)
        return
      case 'Table':
        this.table(node)
        return
      case 'ItemizedList':
      case 'OrderedList':
        if (node.listTitle) this.nodes(node.listTitle, sink)
        for (const item of node.items) {
          sink.push(' ')
          this.nodes(item.children, sink)
        }
        return
      case 'QandASet':
        this.qanda(node, sink)
        return
      case 'Para':
      case 'LiteralLayout':
      case 'Note':
        sink.push(' ')
        this.nodes(node.children, sink)
        sink.push(' ')
        return
      default:
        this.nodes(node.children, sink)
        return
    }
    sink.push(node.text)
  }

  private qanda(node: { title?: TitleInline[]; children: Array<{ kind: string } & object> }, sink: string[]) {
    if (node.title) this.nodes(node.title, sink)
    for (const child of node.children as Array<Extract<Flow, { kind: 'QandASet' }>['children'][number]>) {
      if (child.kind === 'QandADiv') this.qanda(child, sink)
      else {
        this.nodes(child.question, sink)
        for (const answer of child.answers) this.nodes(answer, sink)
      }
    }
  }

  private table(table: Table) {
    const cells: string[] = []
    this.nodes(table.title, cells)
    for (const group of table.groups) {
      cells.push(` | cols ${group.Cols}`)
      for (const row of [...(group.head?.rows ?? []), ...group.body.rows, ...(group.foot?.rows ?? [])]) {
        cells.push(' |')
        for (const entry of row.entries) {
          cells.push(` [${entry.NameSt ?? ''}-${entry.NameEnd ?? ''}/${entry.MoreRows ?? ''}] `)
          this.nodes(entry.children, cells)
        }
      }
    }
    this.tables.push(`${table.id ?? ''}: ${normalize(cells.join(''))}`)
  }
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim()
/** A PubMed id as a number: NCI writes a few with leading zeros (`0010675377`), the same paper. */
const pmidOf = (pmid: string | undefined) => (pmid ?? '').trim().replace(/^0+(?=\d)/, '')
const plain = (nodes: ReadonlyArray<Flow | TitleInline>) => {
  const collector = new Collector()
  collector.nodes(nodes)
  return normalize(collector.text.join(''))
}

const add = (facts: Facts, path: string, kind: ContentKind, value: string | undefined) => {
  if (value !== undefined) facts.set(`${path} ${kind}`, { path, kind, value })
}

const sectionFacts = (facts: Facts, path: string, section: SummarySection | DrugInfoSection) => {
  const collector = new Collector()
  const children: Array<SummarySection | DrugInfoSection> = section.kind === 'Section' ? [...section.sections] : []
  for (const node of section.body) {
    if (node.kind === 'SummarySection') children.push(node)
    else collector.nodes([node])
  }
  add(facts, path, 'section', section.title ? plain(section.title) : '(untitled)')
  if (section.kind === 'SummarySection' && section.meta)
    add(facts, path, 'metadata', [...section.meta.specificDiagnoses.map((d) => d.ref ?? d.text), ...section.meta.sectionTypes].join('; '))
  add(facts, path, 'title', section.altTitles.map((alt) => `${alt.TitleType ?? ''}: ${plain(alt.children)}`).join(' | ') || undefined)
  add(facts, path, 'keyPoints', section.keyPoints.map((point) => `${point.id ?? ''} ${plain(point.children)}`).join(' | ') || undefined)
  add(facts, path, 'text', normalize(collector.text.join('')) || undefined)
  const lists: Array<[ContentKind, string[]]> = [
    ['tables', collector.tables],
    ['citedReferences', collector.cited],
    ['glossaryLinks', collector.glossary],
    ['evidenceLinks', collector.evidence],
    ['summaryLinks', collector.summaries],
    ['trialLinks', collector.trials],
    ['mediaLinks', collector.media],
    ['externalLinks', collector.external],
  ]
  for (const [kind, values] of lists) add(facts, path, kind, values.join(', ') || undefined)
  if (section.kind === 'SummarySection' && section.references)
    add(facts, path, 'referenceList', section.references.map((c) => `${c.idx}=${pmidOf(c.PMID)} ${plain(c.children)}`).join(' | '))
  const seen = new Map<string, number>()
  for (const child of children) {
    const n = (seen.get(child.kind) ?? 0) + 1
    seen.set(child.kind, n)
    sectionFacts(facts, `${path}/${child.kind}[${child.id === undefined ? n : `@id='${child.id}'`}]`, child)
  }
}

const documentFacts = (doc: PdqDocument): Facts => {
  const facts: Facts = new Map()
  const root = `/${doc.kind}`
  add(facts, root, 'metadata', `id ${doc.id}`)
  if (doc.kind === 'Summary') {
    const m = doc.meta
    add(facts, `${root}/SummaryMetaData`, 'metadata', [m.summaryType, m.audience, m.language, normalize(m.description)].join(' | '))
    add(facts, `${root}/SummaryMetaData/SummaryURL`, 'metadata', `${m.url.xref} ${normalize(m.url.text)}`)
    add(facts, `${root}/SummaryMetaData/SummaryToggleURL`, 'translationLinks', m.toggleUrl?.xref)
    add(facts, `${root}/SummaryMetaData/SummaryEditorialBoard`, 'metadata', m.boards.map((board) => board.ref).join(', '))
    add(
      facts,
      `${root}/SummaryMetaData/MainTopics`,
      'metadata',
      [...m.mainTopics, null, ...m.secondaryTopics].map((t) => t?.ref ?? '').join(', '),
    )
    add(facts, `${root}/SummaryMetaData/SummaryAbstract`, 'text', m.abstract && plain(m.abstract))
    add(facts, `${root}/SummaryMetaData/SummaryKeyWords`, 'metadata', m.keywords?.join(', '))
    add(facts, `${root}/SummaryTitle`, 'title', plain(doc.title))
    add(facts, `${root}/AltTitle`, 'title', doc.altTitles.map((alt) => `${alt.TitleType ?? ''}: ${plain(alt.children)}`).join(' | '))
    add(facts, `${root}/TranslationOf`, 'translationLinks', doc.translationOf)
    add(facts, `${root}/PatientVersionOf`, 'translationLinks', doc.patientVersionOf)
    add(facts, root, 'translationLinks', doc.ReplacementFor && `replaces ${doc.ReplacementFor}`)
    add(facts, `${root}/ProfessionalDisclaimer`, 'text', doc.professionalDisclaimer && plain(doc.professionalDisclaimer))
  } else {
    const m = doc.meta
    add(
      facts,
      `${root}/DrugInfoMetaData`,
      'metadata',
      [m.drugInfoType, m.Combination ?? '', m.audience, normalize(m.description), m.fdaApproved ?? ''].join(' | '),
    )
    add(facts, `${root}/DrugInfoMetaData/DrugInfoURL`, 'metadata', `${m.url.xref} ${normalize(m.url.text)}`)
    add(facts, `${root}/DrugInfoMetaData/TerminologyLink`, 'metadata', `${m.terminologyLink.ref ?? ''} ${m.glossaryLink.ref ?? ''}`)
    add(facts, `${root}/DrugInfoMetaData/USBrandNames`, 'metadata', m.usBrandNames?.join(', '))
    add(
      facts,
      `${root}/DrugInfoMetaData/PronunciationInfo`,
      'mediaLinks',
      m.pronunciation && [m.pronunciation.termPronunciation ?? '', ...m.pronunciation.media.map((media) => media.ref)].join(' '),
    )
    add(facts, `${root}/DrugInfoMetaData/FDAExternalRef`, 'externalLinks', m.fdaExternalRef?.xref)
    add(facts, `${root}/DrugInfoTitle`, 'title', normalize(doc.title))
    add(facts, `${root}/DrugInfoDisclaimer`, 'text', plain(doc.disclaimer))
  }
  add(facts, `${root}/DateFirstPublished`, 'dates', doc.dateFirstPublished)
  add(facts, `${root}/DateLastModified`, 'dates', doc.dateLastModified)
  const seen = new Map<string, number>()
  for (const section of doc.sections) {
    const n = (seen.get(section.kind) ?? 0) + 1
    seen.set(section.kind, n)
    sectionFacts(facts, `${root}/${section.kind}[${section.id === undefined ? n : `@id='${section.id}'`}]`, section)
  }
  return facts
}

/** Shows where two long values part: a few characters before the first difference, and what follows on each side. */
const excerpts = (a: string, b: string): [string, string] => {
  if (a.length + b.length < 200) return [a, b]
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  const from = Math.max(0, i - 30)
  const cut = (value: string) => `${from > 0 ? '…' : ''}${value.slice(from, i + 60)}${value.length > i + 60 ? '…' : ''}`
  return [cut(a), cut(b)]
}

/** The content differences between two documents, in document order of `a` then extra parts of `b`. */
export const comparePdqContent = (a: PdqDocument, b: PdqDocument): ContentDifference[] => {
  const left = documentFacts(a)
  const right = documentFacts(b)
  const differences: ContentDifference[] = []
  for (const [key, fact] of left) {
    const other = right.get(key)
    if (other === undefined) differences.push({ path: fact.path, kind: fact.kind, a: fact.value })
    else if (other.value !== fact.value) {
      const [x, y] = excerpts(fact.value, other.value)
      differences.push({ path: fact.path, kind: fact.kind, a: x, b: y })
    }
  }
  for (const [key, fact] of right) if (!left.has(key)) differences.push({ path: fact.path, kind: fact.kind, b: fact.value })
  return differences
}

/** One line per difference, for test failures and the corpus bench. */
export const formatContentDifference = ({ path, kind, a, b }: ContentDifference) =>
  `${path}: ${kind}: ${a === undefined ? 'only in b' : b === undefined ? 'only in a' : `"${a}" ≠ "${b}"`}`
