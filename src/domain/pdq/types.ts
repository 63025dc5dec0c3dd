/**
 * The typed tree of a PDQ document as NCI exports it for cancer.gov (`pdqCG.dtd`): a Summary (cancer
 * information summary) or a DrugInformationSummary. Every node says what it is in `kind`, named after
 * its XML element; XML attributes keep their XML names (`NameSt`, `nct_id`, `TitleType`). Elements
 * that hold only text become strings. Text keeps its whitespace as written, entities decoded.
 * `schema.ts` describes the same tree with zod.
 */

export type Text = { kind: 'text'; value: string }

/** Formatting that wraps inline content (`%ParaElements;`). */
export const formattingKinds = [
  'Strong',
  'Emphasis',
  'Superscript',
  'Subscript',
  'GeneName',
  'ScientificName',
  'ForeignWord',
  'DrugName',
  'InterventionName',
  'TT',
] as const
export type FormattingKind = (typeof formattingKinds)[number]
export type Formatting = { kind: FormattingKind; id?: string; children: Inline[] }

/** Title content (`%TitleData;`): text and formatting only at the top level. */
export const titleFormattingKinds = [
  'Emphasis',
  'ForeignWord',
  'GeneName',
  'ScientificName',
  'Strong',
  'Subscript',
  'Superscript',
  'TT',
] as const
export type TitleInline = Text | Formatting

export type ExternalRef = { kind: 'ExternalRef'; xref: string; text: string }
/** A numbered citation in the text; `refidx` points at a Citation `idx` of the enclosing top-level section. */
export type Reference = { kind: 'Reference'; refidx: string }
export type GlossaryTermRef = { kind: 'GlossaryTermRef'; href: string; dictionary?: string; audience?: string; text: string }
/** Level of evidence. */
export type LOERef = { kind: 'LOERef'; href: string; dictionary?: string; audience?: string; text: string }
/** Cross-summary link: `href="CDR0000062820#_255"`, `url="/types/…"`. */
export type SummaryRef = { kind: 'SummaryRef'; href?: string; url?: string; children: Array<Text | Formatting> }
export type ProtocolRef = { kind: 'ProtocolRef'; nct_id: string; text: string }
export type DrugRef = { kind: 'DrugRef'; href: string; url?: string; text: string }
export type MediaRef = { kind: 'MediaRef'; href: string; text: string }
/** Internal-form links the DTD still allows (`ref` to a CDR document). */
export type CdrLink = { kind: 'GlossaryTermLink' | 'LOELink' | 'ProtocolLink' | 'SummaryLink'; ref?: string; text: string }
export type Note = { kind: 'Note'; children: Flow[] }
export type Quote = { kind: 'Quote'; quotedText: Flow[]; source?: string; quoteAuthor?: string }

export type Caption = { language?: string; children: Flow[] }
export type MediaLink = {
  kind: 'MediaLink'
  id?: string
  ref: string
  type: string
  alt: string
  language?: string
  audience?: string
  placement?: string
  ExcludedDevices?: string
  IncludedDevices?: string
  captions: Caption[]
}
export type EmbeddedVideo = {
  kind: 'EmbeddedVideo'
  id?: string
  ref: string
  hosting?: string
  unique_id: string
  language?: string
  audience?: string
  template?: string
  videoTitle?: string
  captions: Caption[]
}

/** Inline content (`%ParaElements;`). */
export type Inline =
  | Text
  | Formatting
  | ExternalRef
  | Reference
  | GlossaryTermRef
  | LOERef
  | SummaryRef
  | ProtocolRef
  | DrugRef
  | MediaRef
  | CdrLink
  | Note
  | Quote
  | MediaLink
  | EmbeddedVideo

export type DeviceFilter = { ExcludedDevices?: string; IncludedDevices?: string }
export type Para = { kind: 'Para' | 'LiteralLayout'; id?: string; children: Inline[] } & DeviceFilter
export type ListItem = { children: Flow[] }
export type ItemizedList = {
  kind: 'ItemizedList'
  id?: string
  Compact?: string
  Style?: string
  listTitle?: TitleInline[]
  items: ListItem[]
} & DeviceFilter
export type OrderedList = {
  kind: 'OrderedList'
  id?: string
  Compact?: string
  Style?: string
  listTitle?: TitleInline[]
  items: ListItem[]
} & DeviceFilter

/** CALS table. Attributes keep the DTD's spelling (`NameSt`, `NameEnd`, `MoreRows`). */
export type ColSpec = {
  Align?: string
  Char?: string
  Charoff?: string
  ColName?: string
  ColNum?: string
  ColSep?: string
  ColWidth?: string
  RowSep?: string
}
export type SpanSpec = {
  Align?: string
  Char?: string
  Charoff?: string
  ColSep?: string
  NameEnd?: string
  NameSt?: string
  RowSep?: string
  SpanName?: string
}
export type Entry = {
  Align?: string
  Char?: string
  Charoff?: string
  ColSep?: string
  Cols?: string
  MoreRows?: string
  NameEnd?: string
  NameSt?: string
  RowSep?: string
  SpanName?: string
  Valign?: string
  children: Inline[]
}
export type Row = { RowSep?: string; Valign?: string; entries: Entry[] }
export type TableHeadOrFoot = { Valign?: string; colSpecs: ColSpec[]; rows: Row[] }
export type TGroup = {
  Align?: string
  Char?: string
  Charoff?: string
  ColSep?: string
  Cols: string
  RowSep?: string
  TGroupStyle?: string
  colSpecs: ColSpec[]
  spanSpecs: SpanSpec[]
  head?: TableHeadOrFoot
  foot?: TableHeadOrFoot
  body: { Valign?: string; rows: Row[] }
}
export type Table = {
  kind: 'Table'
  id?: string
  ColSep?: string
  Frame?: string
  RowSep?: string
  TabStyle?: string
  title: TitleInline[]
  titleAbbrev?: TitleInline[]
  groups: TGroup[]
} & DeviceFilter

export type QandAEntry = { kind: 'QandAEntry'; id?: string; question: Flow[]; answers: Flow[][] }
export type QandADiv = { kind: 'QandADiv'; id?: string; title?: TitleInline[]; children: Array<QandADiv | QandAEntry> }
export type QandASet = { kind: 'QandASet'; id?: string; title?: TitleInline[]; children: Array<QandADiv | QandAEntry> } & DeviceFilter

/** Blocks a section holds (`%ParaLevelElements;` without Contact). */
export type Block = Para | ItemizedList | OrderedList | Table | QandASet | MediaLink | EmbeddedVideo
/** Mixed content (`%TextElements;`): inline content and the blocks that may sit among it. */
export type Flow = Inline | Para | ItemizedList | OrderedList | Table | QandASet

export type AltTitle = { TitleType?: string; children: TitleInline[] }
export type KeyPoint = { id?: string; children: Inline[] }
export type Citation = {
  idx: string
  PMID?: string
  MedlineID?: string
  CancerlitID?: string
  ProtocolID?: string
  children: Inline[]
}
export type SectMetaData = { specificDiagnoses: Array<{ ref?: string; text: string }>; sectionTypes: string[] }
export type SummarySection = {
  kind: 'SummarySection'
  id?: string
  meta?: SectMetaData
  title?: TitleInline[]
  altTitles: AltTitle[]
  keyPoints: KeyPoint[]
  body: Array<Block | SummarySection>
  /** Present on top-level sections that cite: numbering restarts in each of them. */
  references?: Citation[]
} & DeviceFilter

export type Linked = { xref: string; text: string }
export type CdrRef = { ref?: string; text: string }
export type PermaTarg = { FragmentId: string; PermaTargId: string; PermaTargTitle?: string; PermaTargUrl?: string }
export type SummaryMetaData = {
  summaryType: string
  audience: string
  language: string
  description: string
  url: Linked
  toggleUrl?: Linked
  mobileUrl?: Linked
  /** Editorial boards by CDR id, with their names. */
  boards: Array<{ ref: string; text: string }>
  /** Each MainTopics / SecondaryTopics element holds at most one TermRef. */
  mainTopics: Array<CdrRef | null>
  secondaryTopics: Array<CdrRef | null>
  abstract?: Para[]
  keywords?: string[]
  permaTargs?: PermaTarg[]
}

export type PdqSummary = {
  kind: 'Summary'
  id: string
  LegacyPDQID?: string
  ReplacementFor?: string
  SVPC?: string
  PartnerMergeSet?: string
  SuppressOnThisPageSection?: string
  meta: SummaryMetaData
  title: TitleInline[]
  altTitles: AltTitle[]
  sections: SummarySection[]
  /** CDR id of the English original (Spanish summaries). */
  translationOf?: string
  /** CDR id of the health professional summary (patient summaries). */
  patientVersionOf?: string
  dateFirstPublished?: string
  dateLastModified?: string
  professionalDisclaimer?: Flow[]
}

/** A drug information summary's section: flat in practice, nesting allowed by the DTD. */
export type DrugInfoSection = {
  kind: 'Section'
  id?: string
  title?: TitleInline[]
  altTitles: AltTitle[]
  keyPoints: KeyPoint[]
  body: Array<Para | ItemizedList | OrderedList | Table | QandASet | EmbeddedVideo>
  sections: DrugInfoSection[]
}
export type DrugInfoMetaData = {
  drugInfoType: string
  Combination?: string
  audience: string
  description: string
  url: Linked
  manufacturers?: CdrRef[]
  fdaApproved?: string
  terminologyLink: CdrRef
  glossaryLink: CdrRef
  usBrandNames?: string[]
  synonyms?: string[]
  pronunciation?: { termPronunciation?: string; media: MediaLink[] }
  fdaExternalRef?: Linked
}
export type PdqDrugInfoSummary = {
  kind: 'DrugInformationSummary'
  id: string
  meta: DrugInfoMetaData
  title: string
  sections: DrugInfoSection[]
  disclaimer: Flow[]
  dateFirstPublished: string
  dateLastModified?: string
}

export type PdqDocument = PdqSummary | PdqDrugInfoSummary
