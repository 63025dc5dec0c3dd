import type { AttributedElement } from './attributes'
import type {
  AltTitle,
  Caption,
  CdrRef,
  DrugInfoSection,
  EmbeddedVideo,
  Flow,
  Inline,
  KeyPoint,
  Linked,
  MediaLink,
  PdqDocument,
  PdqDrugInfoSummary,
  PdqSummary,
  QandADiv,
  QandAEntry,
  Row,
  SummarySection,
  Table,
  TableHeadOrFoot,
  TitleInline,
} from './types'

import { attributes, cancerGovOnlyAttributes } from './attributes'
import { escapeAttribute, escapeText } from './xml'

/** `cg`: the cancer.gov form (pdqCG.dtd). `partner`: the licensee form (pdq.dtd). */
export type PdqForm = 'cg' | 'partner'
type Options = { form: PdqForm }

/** Writes a document in the cancer.gov or the partner form, with XML declaration and DOCTYPE. */
export const serializePdq = (doc: PdqDocument, { form }: Options): string => {
  const w = new Writer(form)
  const body = doc.kind === 'Summary' ? w.summary(doc) : w.drugInfoSummary(doc)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE ${doc.kind}>\n${body}\n`
}

/** Attribute names in writing order, per element and form. */
const attributeNames = (form: PdqForm) =>
  Object.fromEntries(
    Object.entries(attributes).map(([name, spec]) => {
      const dropped: readonly string[] = form === 'partner' ? (cancerGovOnlyAttributes[name as AttributedElement] ?? []) : []
      return [name, [...spec.required, ...spec.optional].filter((key) => !dropped.includes(key))]
    }),
  ) as Record<AttributedElement, string[]>
/** Concatenation that builds V8 ropes instead of flattening at every level (`join` copies). */
const all = <T>(items: readonly T[], write: (item: T) => string): string => {
  let written = ''
  for (const item of items) written += write(item)
  return written
}

const cgAttributes = attributeNames('cg')
const partnerAttributes = attributeNames('partner')

const versionSuffix = /\s*–\s*(Health Professional Version|Patient Version|Versión para profesionales de salud|Versión para pacientes)\s*$/

class Writer {
  constructor(private readonly form: PdqForm) {}

  private attrs(name: AttributedElement, node: object): string {
    let written = ''
    for (const key of (this.form === 'cg' ? cgAttributes : partnerAttributes)[name]) {
      const value = (node as Record<string, unknown>)[key]
      if (typeof value === 'string') written += ` ${key}="${escapeAttribute(value)}"`
    }
    return written
  }

  private el(name: string, attributeText: string, content: string): string {
    return content === '' ? `<${name}${attributeText}/>` : `<${name}${attributeText}>${content}</${name}>`
  }

  private textEl(name: string, text: string | undefined, attributeText = ''): string {
    return text === undefined ? '' : this.el(name, attributeText, escapeText(text))
  }

  private linked(name: 'SummaryURL' | 'SummaryToggleURL' | 'MobileURL' | 'DrugInfoURL' | 'FDAExternalRef', link: Linked | undefined) {
    return link ? this.textEl(name, link.text, this.attrs(name, link)) : ''
  }

  private cdrRef(name: 'TermRef' | 'SpecificDiagnosis' | 'Manufacturer' | 'TerminologyLink' | 'GlossaryLink', ref: CdrRef) {
    return this.textEl(name, ref.text, this.attrs(name, ref))
  }

  inline(nodes: Inline[] | TitleInline[]): string {
    return all(nodes, (node) => this.flowNode(node))
  }

  flow(nodes: Flow[]): string {
    return all(nodes, (node) => this.flowNode(node))
  }

  private flowNode(node: Flow): string {
    switch (node.kind) {
      case 'text':
        return escapeText(node.value)
      case 'Strong':
      case 'Emphasis':
      case 'Superscript':
      case 'Subscript':
      case 'GeneName':
      case 'ScientificName':
      case 'ForeignWord':
      case 'DrugName':
      case 'InterventionName':
        return this.el(node.kind, '', this.inline(node.children))
      case 'TT':
        return this.el(node.kind, this.attrs('TT', node), this.inline(node.children))
      case 'Reference':
        return `<Reference${this.attrs('Reference', node)}/>`
      case 'SummaryRef':
        return this.el(node.kind, this.attrs('SummaryRef', node), this.inline(node.children))
      case 'ExternalRef':
      case 'GlossaryTermRef':
      case 'LOERef':
      case 'ProtocolRef':
      case 'DrugRef':
      case 'MediaRef':
      case 'GlossaryTermLink':
      case 'LOELink':
      case 'ProtocolLink':
      case 'SummaryLink':
        return this.textEl(node.kind, node.text, this.attrs(node.kind, node))
      case 'Note':
        return this.el('Note', '', this.flow(node.children))
      case 'Quote':
        return this.el(
          'Quote',
          '',
          this.el('QuotedText', '', this.flow(node.quotedText)) +
            this.textEl('Source', node.source) +
            this.textEl('QuoteAuthor', node.quoteAuthor),
        )
      case 'MediaLink':
        return this.mediaLink(node)
      case 'EmbeddedVideo':
        return this.embeddedVideo(node)
      case 'Para':
      case 'LiteralLayout':
        return this.el(node.kind, this.attrs(node.kind, node), this.inline(node.children))
      case 'ItemizedList':
      case 'OrderedList':
        return this.el(
          node.kind,
          this.attrs(node.kind, node),
          (node.listTitle ? this.el('ListTitle', '', this.inline(node.listTitle)) : '') +
            all(node.items, (item) => this.el('ListItem', '', this.flow(item.children))),
        )
      case 'Table':
        return this.table(node)
      case 'QandASet':
        return this.el('QandASet', this.attrs('QandASet', node), this.qanda(node))
    }
  }

  private captions(captions: Caption[]) {
    return all(captions, (caption) => this.el('Caption', this.attrs('Caption', caption), this.flow(caption.children)))
  }

  private mediaLink(media: MediaLink) {
    return this.el('MediaLink', this.attrs('MediaLink', media), this.captions(media.captions))
  }

  private embeddedVideo(video: EmbeddedVideo) {
    return this.el(
      'EmbeddedVideo',
      this.attrs('EmbeddedVideo', video),
      this.textEl('VideoTitle', video.videoTitle) + this.captions(video.captions),
    )
  }

  private rows(rows: Row[]) {
    return all(rows, (row) =>
      this.el(
        'Row',
        this.attrs('Row', row),
        all(row.entries, (entry) => this.el('entry', this.attrs('entry', entry), this.inline(entry.children))),
      ),
    )
  }

  private headOrFoot(name: 'THead' | 'TFoot', part: TableHeadOrFoot | undefined) {
    if (!part) return ''
    return this.el(
      name,
      this.attrs(name, part),
      all(part.colSpecs, (spec) => `<ColSpec${this.attrs('ColSpec', spec)}/>`) + this.rows(part.rows),
    )
  }

  private table(table: Table) {
    const groups = table.groups.map((group) =>
      this.el(
        'TGroup',
        this.attrs('TGroup', group),
        all(group.colSpecs, (spec) => `<ColSpec${this.attrs('ColSpec', spec)}/>`) +
          all(group.spanSpecs, (spec) => `<SpanSpec${this.attrs('SpanSpec', spec)}/>`) +
          this.headOrFoot('THead', group.head) +
          this.headOrFoot('TFoot', group.foot) +
          this.el('TBody', this.attrs('TBody', group.body), this.rows(group.body.rows)),
      ),
    )
    const title =
      this.el('Title', '', this.inline(table.title)) + (table.titleAbbrev ? this.el('TitleAbbrev', '', this.inline(table.titleAbbrev)) : '')
    return this.el('Table', this.attrs('Table', table), title + groups.join(''))
  }

  private qanda(node: { title?: TitleInline[]; children: Array<QandADiv | QandAEntry> }): string {
    const title = node.title ? this.el('MarkedUpTitle', '', this.inline(node.title)) : ''
    return (
      title +
      all(node.children, (child) =>
        child.kind === 'QandADiv'
          ? this.el('QandADiv', this.attrs('QandADiv', child), this.qanda(child))
          : this.el(
              'QandAEntry',
              this.attrs('QandAEntry', child),
              this.el('Question', '', this.flow(child.question)) + all(child.answers, (answer) => this.el('Answer', '', this.flow(answer))),
            ),
      )
    )
  }

  private altTitles(titles: AltTitle[]) {
    const kept =
      this.form === 'cg'
        ? titles
        : titles
            .filter((title) => title.TitleType !== 'Browser')
            .map((title) => (title.TitleType === 'CancerTypeHomePage' ? { ...title, TitleType: 'Short' } : title))
    return all(kept, (title) => this.el('AltTitle', this.attrs('AltTitle', title), this.inline(title.children)))
  }

  private keyPoints(points: KeyPoint[]) {
    return all(points, (point) => this.el('KeyPoint', this.attrs('KeyPoint', point), this.inline(point.children)))
  }

  private summaryTitle(title: TitleInline[]) {
    const last = title.at(-1)
    if (this.form === 'cg' || last?.kind !== 'text') return this.inline(title)
    return this.inline([...title.slice(0, -1), { kind: 'text', value: last.value.replace(versionSuffix, '') }])
  }

  private section(section: SummarySection): string {
    const metaData = section.meta
      ? this.el(
          'SectMetaData',
          '',
          all(section.meta.specificDiagnoses, (d) => this.cdrRef('SpecificDiagnosis', d)) +
            all(section.meta.sectionTypes, (type) => this.textEl('SectionType', type)),
        )
      : ''
    const title = section.title ? this.el('Title', '', this.inline(section.title)) : ''
    const body = all(section.body, (node) => (node.kind === 'SummarySection' ? this.section(node) : this.flowNode(node)))
    const references = section.references
      ? this.el(
          'ReferenceSection',
          '',
          all(section.references, (citation) => this.el('Citation', this.attrs('Citation', citation), this.inline(citation.children))),
        )
      : ''
    return this.el(
      'SummarySection',
      this.attrs('SummarySection', section),
      metaData + title + this.altTitles(section.altTitles) + this.keyPoints(section.keyPoints) + body + references,
    )
  }

  summary(doc: PdqSummary): string {
    const m = doc.meta
    const cg = this.form === 'cg'
    const topics = (name: string, list: Array<CdrRef | null>) =>
      all(list, (term) => this.el(name, '', term ? this.cdrRef('TermRef', term) : ''))
    const metaData =
      this.textEl('SummaryType', m.summaryType) +
      this.textEl('SummaryAudience', m.audience) +
      this.textEl('SummaryLanguage', m.language) +
      this.textEl('SummaryDescription', m.description) +
      this.linked('SummaryURL', m.url) +
      this.linked('SummaryToggleURL', m.toggleUrl) +
      (cg ? this.linked('MobileURL', m.mobileUrl) : '') +
      all(m.boards, (board) => this.textEl('SummaryEditorialBoard', board.text, this.attrs('SummaryEditorialBoard', board))) +
      topics('MainTopics', m.mainTopics) +
      topics('SecondaryTopics', m.secondaryTopics) +
      (m.abstract ? this.el('SummaryAbstract', '', this.flow(m.abstract)) : '') +
      (m.keywords
        ? this.el(
            'SummaryKeyWords',
            '',
            all(m.keywords, (word) => this.textEl('SummaryKeyWord', word)),
          )
        : '') +
      (cg && m.permaTargs
        ? this.el(
            'PermaTargs',
            '',
            all(m.permaTargs, (target) => `<PermaTarg${this.attrs('PermaTarg', target)}/>`),
          )
        : '')
    const content =
      this.el('SummaryMetaData', '', metaData) +
      this.el('SummaryTitle', '', this.summaryTitle(doc.title)) +
      this.altTitles(doc.altTitles) +
      all(doc.sections, (section) => this.section(section)) +
      (doc.translationOf !== undefined ? `<TranslationOf ref="${escapeAttribute(doc.translationOf)}"/>` : '') +
      (doc.patientVersionOf !== undefined ? `<PatientVersionOf ref="${escapeAttribute(doc.patientVersionOf)}"/>` : '') +
      this.textEl('DateFirstPublished', doc.dateFirstPublished) +
      this.textEl('DateLastModified', doc.dateLastModified) +
      (doc.professionalDisclaimer ? this.el('ProfessionalDisclaimer', '', this.flow(doc.professionalDisclaimer)) : '')
    return this.el('Summary', this.attrs('Summary', doc), content)
  }

  private drugInfoSection(section: DrugInfoSection): string {
    const body = section.body.filter((node) => this.form === 'cg' || node.kind !== 'EmbeddedVideo')
    return this.el(
      'Section',
      this.attrs('Section', section),
      (section.title ? this.el('Title', '', this.inline(section.title)) : '') +
        this.altTitles(section.altTitles) +
        this.keyPoints(section.keyPoints) +
        all(body, (node) => this.flowNode(node)) +
        all(section.sections, (child) => this.drugInfoSection(child)),
    )
  }

  drugInfoSummary(doc: PdqDrugInfoSummary): string {
    const m = doc.meta
    const names = (name: string, item: string, values: string[] | undefined) =>
      values
        ? this.el(
            name,
            '',
            all(values, (value) => this.textEl(item, value)),
          )
        : ''
    const metaData =
      this.textEl('DrugInfoType', m.drugInfoType, this.attrs('DrugInfoType', m)) +
      this.textEl('DrugInfoAudience', m.audience) +
      this.textEl('DrugInfoDescription', m.description) +
      this.linked('DrugInfoURL', m.url) +
      (m.manufacturers
        ? this.el(
            'Manufacturers',
            '',
            all(m.manufacturers, (maker) => this.cdrRef('Manufacturer', maker)),
          )
        : '') +
      this.textEl('FDAApproved', m.fdaApproved) +
      this.cdrRef('TerminologyLink', m.terminologyLink) +
      this.cdrRef('GlossaryLink', m.glossaryLink) +
      names('USBrandNames', 'USBrandName', m.usBrandNames) +
      names('Synonyms', 'Synonym', m.synonyms) +
      (m.pronunciation
        ? this.el(
            'PronunciationInfo',
            '',
            this.textEl('TermPronunciation', m.pronunciation.termPronunciation) +
              all(m.pronunciation.media, (media) => this.mediaLink(media)),
          )
        : '') +
      this.linked('FDAExternalRef', m.fdaExternalRef)
    return this.el(
      'DrugInformationSummary',
      this.attrs('DrugInformationSummary', doc),
      this.el('DrugInfoMetaData', '', metaData) +
        this.textEl('DrugInfoTitle', doc.title) +
        all(doc.sections, (section) => this.drugInfoSection(section)) +
        this.el('DrugInfoDisclaimer', '', this.flow(doc.disclaimer)) +
        this.textEl('DateFirstPublished', doc.dateFirstPublished) +
        this.textEl('DateLastModified', doc.dateLastModified),
    )
  }
}
