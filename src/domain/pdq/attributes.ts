/**
 * The attributes each element may carry in the cancer.gov form (pdqCG.dtd), in the order they are written.
 * The parser rejects any other attribute and any missing required one; the serializer writes these.
 */
const device = ['ExcludedDevices', 'IncludedDevices'] as const
const cals = ['Align', 'Char', 'Charoff'] as const

export const attributes = {
  Summary: { required: ['id'], optional: ['LegacyPDQID', 'ReplacementFor', 'SVPC', 'PartnerMergeSet', 'SuppressOnThisPageSection'] },
  DrugInformationSummary: { required: ['id'], optional: [] },
  SummarySection: { required: [], optional: ['id', ...device] },
  Section: { required: [], optional: ['id'] },
  AltTitle: { required: [], optional: ['TitleType'] },
  KeyPoint: { required: [], optional: ['id'] },
  Para: { required: [], optional: ['id', ...device] },
  LiteralLayout: { required: [], optional: ['id'] },
  ItemizedList: { required: [], optional: ['id', 'Style', 'Compact', ...device] },
  OrderedList: { required: [], optional: ['id', 'Style', 'Compact', ...device] },
  Table: { required: [], optional: ['id', 'Frame', 'ColSep', 'RowSep', 'TabStyle', ...device] },
  TGroup: { required: ['Cols'], optional: [...cals, 'ColSep', 'RowSep', 'TGroupStyle'] },
  ColSpec: { required: [], optional: ['ColName', 'ColNum', 'ColWidth', ...cals, 'ColSep', 'RowSep'] },
  SpanSpec: { required: [], optional: ['SpanName', 'NameSt', 'NameEnd', ...cals, 'ColSep', 'RowSep'] },
  THead: { required: [], optional: ['Valign'] },
  TFoot: { required: [], optional: ['Valign'] },
  TBody: { required: [], optional: ['Valign'] },
  Row: { required: [], optional: ['RowSep', 'Valign'] },
  entry: { required: [], optional: ['NameSt', 'NameEnd', 'SpanName', 'MoreRows', 'Cols', ...cals, 'ColSep', 'RowSep', 'Valign'] },
  QandASet: { required: [], optional: ['id', ...device] },
  QandADiv: { required: [], optional: ['id'] },
  QandAEntry: { required: [], optional: ['id'] },
  MediaLink: { required: ['ref', 'type', 'alt'], optional: ['language', 'audience', 'placement', 'id', ...device] },
  EmbeddedVideo: { required: ['ref', 'unique_id'], optional: ['hosting', 'language', 'audience', 'template', 'id'] },
  Caption: { required: [], optional: ['language'] },
  TT: { required: [], optional: ['id'] },
  ExternalRef: { required: ['xref'], optional: [] },
  Reference: { required: ['refidx'], optional: [] },
  GlossaryTermRef: { required: ['href'], optional: ['dictionary', 'audience'] },
  LOERef: { required: ['href'], optional: ['dictionary', 'audience'] },
  SummaryRef: { required: [], optional: ['href', 'url'] },
  ProtocolRef: { required: ['nct_id'], optional: [] },
  DrugRef: { required: ['href'], optional: ['url'] },
  MediaRef: { required: ['href'], optional: [] },
  GlossaryTermLink: { required: ['ref'], optional: [] },
  LOELink: { required: ['ref'], optional: [] },
  ProtocolLink: { required: ['ref'], optional: [] },
  SummaryLink: { required: [], optional: ['ref'] },
  Citation: { required: ['idx'], optional: ['PMID', 'MedlineID', 'CancerlitID', 'ProtocolID'] },
  SpecificDiagnosis: { required: [], optional: ['ref'] },
  SummaryURL: { required: ['xref'], optional: [] },
  SummaryToggleURL: { required: ['xref'], optional: [] },
  MobileURL: { required: ['xref'], optional: [] },
  SummaryEditorialBoard: { required: ['ref'], optional: [] },
  TermRef: { required: [], optional: ['ref'] },
  PermaTarg: { required: ['FragmentId', 'PermaTargId'], optional: ['PermaTargTitle', 'PermaTargUrl'] },
  TranslationOf: { required: ['ref'], optional: [] },
  PatientVersionOf: { required: ['ref'], optional: [] },
  DrugInfoType: { required: [], optional: ['Combination'] },
  DrugInfoURL: { required: ['xref'], optional: [] },
  Manufacturer: { required: [], optional: ['ref'] },
  TerminologyLink: { required: [], optional: ['ref'] },
  GlossaryLink: { required: [], optional: ['ref'] },
  FDAExternalRef: { required: ['xref'], optional: [] },
} as const satisfies Record<string, { required: readonly string[]; optional: readonly string[] }>

export type AttributedElement = keyof typeof attributes
type Spec<E extends AttributedElement> = (typeof attributes)[E]
export type Attributes<E extends AttributedElement> = { [K in Spec<E>['required'][number]]: string } & {
  [K in Spec<E>['optional'][number]]?: string
}

/** Attributes the partner form (pdq.dtd) does not have; the partner serializer leaves them out. */
export const cancerGovOnlyAttributes: Partial<Record<AttributedElement, readonly string[]>> = {
  Summary: ['SVPC', 'PartnerMergeSet', 'SuppressOnThisPageSection'],
  SummarySection: device,
  Para: device,
  ItemizedList: device,
  OrderedList: device,
  Table: device,
  QandASet: device,
  MediaLink: ['placement', ...device],
  EmbeddedVideo: ['template'],
}
