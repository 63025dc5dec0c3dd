import type * as T from '../../src/domain/pdq/types'
import type { SeededRandom } from './seededRandom'

import { formattingKinds, titleFormattingKinds } from '../../src/domain/pdq/types'

/**
 * Random but valid PDQ documents, for the property `parsePdq(serializePdq(doc)) = doc`. Text mixes the
 * characters XML must escape, accents, dashes, line ends and tabs; every optional field and attribute is
 * sometimes there and sometimes not. Generated trees are in the parser's normal form: no empty text, no
 * two texts side by side, no text where the DTD allows only elements.
 */
export const generatePdqDocument = (random: SeededRandom): T.PdqDocument => new Generator(random).document()

const alphabet = [
  'a',
  'b',
  'z',
  'A',
  'Q',
  '0',
  '7',
  ' ',
  ' ',
  ' ',
  '&',
  '<',
  '>',
  '"',
  "'",
  'é',
  'ñ',
  '®',
  '–',
  '≥',
  '\n',
  '\t',
  '\r',
  '😀',
  ';',
  '#',
]

class Generator {
  constructor(private readonly random: SeededRandom) {}

  private int(max: number) {
    return Math.floor(this.random.next() * (max + 1))
  }

  private chance(p = 0.5) {
    return this.random.next() < p
  }

  private pick<V>(values: readonly V[]): V {
    return values[this.int(values.length - 1)]
  }

  private many<V>(min: number, max: number, make: () => V): V[] {
    return Array.from({ length: min + this.int(max - min) }, make)
  }

  /** Any string, empty included. */
  string(max = 12) {
    return this.many(0, max, () => this.pick(alphabet)).join('')
  }

  private text(): T.Text {
    return { kind: 'text', value: this.pick(alphabet) + this.string() }
  }

  private optional<V>(make: () => V): V | undefined {
    return this.chance() ? make() : undefined
  }

  /** Optional attributes: each present (possibly empty) or absent, never undefined-valued. */
  private attrs<K extends string>(...keys: K[]): { [key in K]?: string } {
    const result: { [key in K]?: string } = {}
    for (const key of keys) if (this.chance(0.4)) result[key] = this.string(6)
    return result
  }

  /** Children with texts never side by side and never empty. */
  private mixed<V>(depth: number, element: (depth: number) => V, max = 4): Array<V | T.Text> {
    const nodes: Array<V | T.Text> = []
    let lastWasText = false
    for (let i = this.int(max); i > 0; i--) {
      if (!lastWasText && this.chance(0.5)) {
        nodes.push(this.text())
        lastWasText = true
      } else {
        nodes.push(element(depth - 1))
        lastWasText = false
      }
    }
    return nodes
  }

  private formatting(depth: number, kinds: readonly T.FormattingKind[] = formattingKinds): T.Formatting {
    const kind = this.pick(kinds)
    return { kind, ...(kind === 'TT' && this.attrs('id')), children: this.inline(depth) }
  }

  private inlineElement(depth: number): T.Inline {
    const leaf = depth <= 0
    switch (this.int(leaf ? 6 : 13)) {
      case 0:
        return { kind: 'ExternalRef', xref: this.string(), text: this.string() }
      case 1:
        return { kind: 'Reference', refidx: String(1 + this.int(40)) }
      case 2:
        return { kind: 'GlossaryTermRef', href: `CDR${this.int(99999)}`, ...this.attrs('dictionary', 'audience'), text: this.string() }
      case 3:
        return {
          kind: this.pick(['LOERef', 'GlossaryTermRef'] as const),
          href: this.string(),
          ...this.attrs('dictionary', 'audience'),
          text: this.string(),
        }
      case 4:
        return { kind: 'ProtocolRef', nct_id: `NCT${this.int(99999999)}`, text: this.string() }
      case 5:
        return this.pick([
          { kind: 'DrugRef', href: this.string(), ...this.attrs('url'), text: this.string() },
          { kind: 'MediaRef', href: this.string(), text: this.string() },
          { kind: 'SummaryLink', ...this.attrs('ref'), text: this.string() },
          { kind: this.pick(['GlossaryTermLink', 'LOELink', 'ProtocolLink'] as const), ref: this.string(), text: this.string() },
        ] as T.Inline[])
      case 6:
        return {
          kind: 'SummaryRef',
          ...this.attrs('href', 'url'),
          children: this.mixed(depth, () => ({ kind: 'GeneName', children: [this.text()] })),
        }
      case 7:
      case 8:
      case 9:
        return this.formatting(depth)
      case 10:
        return { kind: 'Note', children: this.flow(depth) }
      case 11:
        return {
          kind: 'Quote',
          quotedText: this.flow(depth),
          ...(this.chance() && { source: this.string() }),
          ...(this.chance() && { quoteAuthor: this.string() }),
        }
      case 12:
        return this.mediaLink(depth)
      default:
        return this.embeddedVideo(depth)
    }
  }

  inline(depth: number): T.Inline[] {
    return this.mixed(depth, (d) => this.inlineElement(d))
  }

  title(depth: number): T.TitleInline[] {
    return this.mixed(depth, (d) => this.formatting(d, titleFormattingKinds), 3)
  }

  flow(depth: number): T.Flow[] {
    return this.mixed(depth, (d) => (d > 0 && this.chance(0.3) ? (this.block(d, false) as T.Flow) : this.inlineElement(d)))
  }

  private captions(depth: number): T.Caption[] {
    return this.many(0, 2, () => ({ ...this.attrs('language'), children: this.flow(depth - 1) }))
  }

  mediaLink(depth: number): T.MediaLink {
    return {
      kind: 'MediaLink',
      ref: `CDR${this.int(999999)}`,
      type: this.pick(['image/jpeg', 'audio/mpeg', '']),
      alt: this.string(),
      ...this.attrs('id', 'language', 'audience', 'placement', 'ExcludedDevices', 'IncludedDevices'),
      captions: this.captions(depth),
    }
  }

  private embeddedVideo(depth: number): T.EmbeddedVideo {
    return {
      kind: 'EmbeddedVideo',
      ref: this.string(),
      unique_id: this.string(),
      ...this.attrs('id', 'hosting', 'language', 'audience', 'template'),
      ...(this.chance() && { videoTitle: this.string() }),
      captions: this.captions(depth),
    }
  }

  para(depth: number): T.Para {
    return this.chance(0.9)
      ? { kind: 'Para', ...this.attrs('id', 'ExcludedDevices', 'IncludedDevices'), children: this.inline(depth) }
      : { kind: 'LiteralLayout', ...this.attrs('id'), children: this.inline(depth) }
  }

  private row(depth: number): T.Row {
    const entry = () => ({
      ...this.attrs('NameSt', 'NameEnd', 'MoreRows', 'Align', 'Valign', 'SpanName', 'Cols', 'Char', 'Charoff', 'ColSep', 'RowSep'),
      children: this.inline(depth),
    })
    return { ...this.attrs('RowSep', 'Valign'), entries: this.many(1, 3, entry) }
  }

  private table(depth: number): T.Table {
    const colSpec = () => this.attrs('ColName', 'ColNum', 'ColWidth', 'Align', 'Char', 'Charoff', 'ColSep', 'RowSep')
    const part = () => ({ ...this.attrs('Valign'), colSpecs: this.many(0, 2, colSpec), rows: this.many(1, 2, () => this.row(depth - 1)) })
    const group = (): T.TGroup => ({
      Cols: String(1 + this.int(5)),
      ...this.attrs('Align', 'Char', 'Charoff', 'ColSep', 'RowSep', 'TGroupStyle'),
      colSpecs: this.many(0, 3, colSpec),
      spanSpecs: this.many(0, 1, () => this.attrs('SpanName', 'NameSt', 'NameEnd', 'Align', 'Char', 'Charoff', 'ColSep', 'RowSep')),
      ...(this.chance() && { head: part() }),
      ...(this.chance(0.3) && { foot: part() }),
      body: { ...this.attrs('Valign'), rows: this.many(1, 3, () => this.row(depth - 1)) },
    })
    return {
      kind: 'Table',
      ...this.attrs('id', 'Frame', 'ColSep', 'RowSep', 'TabStyle', 'ExcludedDevices', 'IncludedDevices'),
      title: this.title(depth),
      ...(this.chance(0.2) && { titleAbbrev: this.title(depth) }),
      groups: this.many(1, 2, group),
    }
  }

  private qandaChildren(depth: number): Array<T.QandADiv | T.QandAEntry> {
    const entry = (): T.QandAEntry => ({
      kind: 'QandAEntry',
      ...this.attrs('id'),
      question: this.flow(depth - 1),
      answers: this.many(0, 2, () => this.flow(depth - 1)),
    })
    if (depth > 1 && this.chance(0.3))
      return this.many(1, 2, () => ({
        kind: 'QandADiv',
        ...this.attrs('id'),
        ...(this.chance() && { title: this.title(depth) }),
        children: this.qandaChildren(depth - 1),
      }))
    return this.many(1, 3, entry)
  }

  block(depth: number, media: boolean): T.Block {
    switch (this.int(media ? 6 : 4)) {
      case 0:
      case 1:
        return this.para(depth)
      case 2: {
        const kind = this.pick(['ItemizedList', 'OrderedList'] as const)
        return {
          kind,
          ...this.attrs('id', 'Style', 'Compact', 'ExcludedDevices', 'IncludedDevices'),
          ...(this.chance(0.2) && { listTitle: this.title(depth) }),
          items: this.many(1, 3, () => ({ children: this.flow(depth - 1) })),
        }
      }
      case 3:
        return this.table(depth)
      case 4:
        return {
          kind: 'QandASet',
          ...this.attrs('id', 'ExcludedDevices', 'IncludedDevices'),
          ...(this.chance() && { title: this.title(depth) }),
          children: this.qandaChildren(depth),
        }
      case 5:
        return this.mediaLink(depth)
      default:
        return this.embeddedVideo(depth)
    }
  }

  private altTitles(min: number): T.AltTitle[] {
    return this.many(min, 2, () => ({ ...this.attrs('TitleType'), children: this.title(1) }))
  }

  private keyPoints(): T.KeyPoint[] {
    return this.many(0, 2, () => ({ ...this.attrs('id'), children: this.inline(1) }))
  }

  private section(depth: number): T.SummarySection {
    const body: Array<T.Block | T.SummarySection> = this.many(0, 3, () =>
      depth > 0 && this.chance(0.3) ? this.section(depth - 1) : this.block(2, true),
    )
    return {
      kind: 'SummarySection',
      ...this.attrs('id', 'ExcludedDevices', 'IncludedDevices'),
      ...(this.chance() && {
        meta: {
          specificDiagnoses: this.many(0, 2, () => ({ ...this.attrs('ref'), text: this.string() })),
          sectionTypes: this.many(0, 2, () => this.string()),
        },
      }),
      ...(this.chance(0.8) && { title: this.title(1) }),
      altTitles: this.altTitles(0),
      keyPoints: this.keyPoints(),
      body,
      ...(this.chance(0.4) && {
        references: this.many(1, 3, () => ({
          idx: String(1 + this.int(9)),
          ...this.attrs('PMID', 'MedlineID', 'CancerlitID', 'ProtocolID'),
          children: this.inline(1),
        })),
      }),
    }
  }

  private drugInfoSection(depth: number): T.DrugInfoSection {
    return {
      kind: 'Section',
      ...this.attrs('id'),
      ...(this.chance(0.8) && { title: this.title(1) }),
      altTitles: this.altTitles(0),
      keyPoints: this.keyPoints(),
      body: this.many(0, 3, () => {
        const block = this.block(2, true)
        return block.kind === 'MediaLink' ? this.para(1) : block
      }),
      sections: depth > 0 ? this.many(0, 2, () => this.drugInfoSection(depth - 1)) : [],
    }
  }

  private linked = () => ({ xref: this.string(), text: this.string() })
  private cdrRef = () => ({ ...this.attrs('ref'), text: this.string() })
  private optionalText = <K extends string>(key: K): { [key in K]?: string } =>
    this.chance() ? ({ [key]: this.string() } as { [key in K]: string }) : {}

  document(): T.PdqDocument {
    if (this.chance(0.3)) {
      return {
        kind: 'DrugInformationSummary',
        id: `CDR${this.int(999999)}`,
        meta: {
          drugInfoType: this.string(),
          ...this.attrs('Combination'),
          audience: this.string(),
          description: this.string(),
          url: this.linked(),
          ...(this.chance(0.2) && { manufacturers: this.many(0, 2, this.cdrRef) }),
          ...this.optionalText('fdaApproved'),
          terminologyLink: this.cdrRef(),
          glossaryLink: this.cdrRef(),
          ...(this.chance() && { usBrandNames: this.many(0, 2, () => this.string()) }),
          ...(this.chance(0.2) && { synonyms: this.many(0, 2, () => this.string()) }),
          ...(this.chance() && {
            pronunciation: { ...this.optionalText('termPronunciation'), media: this.many(0, 2, () => this.mediaLink(0)) },
          }),
          ...(this.chance() && { fdaExternalRef: this.linked() }),
        },
        title: this.string(),
        sections: this.many(1, 3, () => this.drugInfoSection(1)),
        disclaimer: this.flow(2),
        dateFirstPublished: this.string(),
        ...this.optionalText('dateLastModified'),
      }
    }
    const topic = () => (this.chance(0.8) ? this.cdrRef() : null)
    return {
      kind: 'Summary',
      id: `CDR${this.int(999999)}`,
      ...this.attrs('LegacyPDQID', 'ReplacementFor', 'SVPC', 'PartnerMergeSet', 'SuppressOnThisPageSection'),
      meta: {
        summaryType: this.string(),
        audience: this.string(),
        language: this.string(),
        description: this.string(),
        url: this.linked(),
        ...(this.chance() && { toggleUrl: this.linked() }),
        ...(this.chance(0.2) && { mobileUrl: this.linked() }),
        boards: this.many(0, 2, () => ({ ref: this.string(), text: this.string() })),
        mainTopics: this.many(1, 2, topic),
        secondaryTopics: this.many(0, 1, topic),
        ...(this.chance() && { abstract: this.many(1, 2, () => ({ ...this.para(1), kind: 'Para' as const })) }),
        ...(this.chance() && { keywords: this.many(1, 3, () => this.string()) }),
        ...(this.chance(0.2) && {
          permaTargs: this.many(1, 2, () => ({
            FragmentId: this.string(),
            PermaTargId: this.string(),
            ...this.attrs('PermaTargTitle', 'PermaTargUrl'),
          })),
        }),
      },
      title: this.title(1),
      altTitles: this.altTitles(1),
      sections: this.many(1, 3, () => this.section(2)),
      ...this.optionalText('translationOf'),
      ...this.optionalText('patientVersionOf'),
      ...this.optionalText('dateFirstPublished'),
      ...this.optionalText('dateLastModified'),
      ...(this.chance(0.2) && { professionalDisclaimer: this.flow(1) }),
    }
  }
}
