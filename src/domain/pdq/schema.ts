import type * as T from './types'

import { z } from 'zod'

import { formattingKinds } from './types'

/**
 * The PDQ tree described with zod: the same shape as `types.ts`, checkable at runtime (and publishable as
 * JSON Schema). Objects are strict, so a field the tree does not name is an error.
 */

const s = z.string()
const o = z.string().optional()
const lazy = <N>(schema: () => z.ZodType<N>) => z.array(z.lazy(schema))

const text = z.strictObject({ kind: z.literal('text'), value: s })
const formatting = z
  .strictObject({ kind: z.enum(formattingKinds), id: o, children: lazy(() => inlineSchema) })
  .meta({ id: 'PdqFormatting' })
const textWith = <K extends string, A extends z.ZodRawShape>(kind: K, shape: A) =>
  z.strictObject({ kind: z.literal(kind), ...shape, text: s })
const caption = z.strictObject({ language: o, children: lazy(() => flowSchema) }).meta({ id: 'PdqCaption' })
const device = { ExcludedDevices: o, IncludedDevices: o }

export const mediaLinkSchema = z
  .strictObject({
    kind: z.literal('MediaLink'),
    id: o,
    ref: s,
    type: s,
    alt: s,
    language: o,
    audience: o,
    placement: o,
    ...device,
    captions: z.array(caption),
  })
  .meta({ id: 'PdqMediaLink' })
const embeddedVideo = z
  .strictObject({
    kind: z.literal('EmbeddedVideo'),
    id: o,
    ref: s,
    hosting: o,
    unique_id: s,
    language: o,
    audience: o,
    template: o,
    videoTitle: o,
    captions: z.array(caption),
  })
  .meta({ id: 'PdqEmbeddedVideo' })

const inlineOptions = [
  text,
  formatting,
  textWith('ExternalRef', { xref: s }),
  z.strictObject({ kind: z.literal('Reference'), refidx: s }),
  textWith('GlossaryTermRef', { href: s, dictionary: o, audience: o }),
  textWith('LOERef', { href: s, dictionary: o, audience: o }),
  z.strictObject({ kind: z.literal('SummaryRef'), href: o, url: o, children: z.array(z.union([text, formatting])) }),
  textWith('ProtocolRef', { nct_id: s }),
  textWith('DrugRef', { href: s, url: o }),
  textWith('MediaRef', { href: s }),
  z.strictObject({ kind: z.enum(['GlossaryTermLink', 'LOELink', 'ProtocolLink', 'SummaryLink']), ref: o, text: s }),
  z.strictObject({ kind: z.literal('Note'), children: lazy(() => flowSchema) }).meta({ id: 'PdqNote' }),
  z.strictObject({ kind: z.literal('Quote'), quotedText: lazy(() => flowSchema), source: o, quoteAuthor: o }).meta({ id: 'PdqQuote' }),
  mediaLinkSchema,
  embeddedVideo,
] as const
export const inlineSchema: z.ZodType<T.Inline> = z.discriminatedUnion('kind', inlineOptions).meta({ id: 'PdqInline' })
export const titleInlineSchema: z.ZodType<T.TitleInline> = z.union([text, formatting]).meta({ id: 'PdqTitleInline' })

export const paraSchema = z.strictObject({ kind: z.enum(['Para', 'LiteralLayout']), id: o, ...device, children: z.array(inlineSchema) })
const listItem = z.strictObject({ children: lazy(() => flowSchema) }).meta({ id: 'PdqListItem' })
const list = <K extends 'ItemizedList' | 'OrderedList'>(kind: K) =>
  z.strictObject({
    kind: z.literal(kind),
    id: o,
    Compact: o,
    Style: o,
    ...device,
    listTitle: z.array(titleInlineSchema).optional(),
    items: z.array(listItem),
  })

const cals = { Align: o, Char: o, Charoff: o, ColSep: o, RowSep: o }
const colSpec = z.strictObject({ ...cals, ColName: o, ColNum: o, ColWidth: o })
const spanSpec = z.strictObject({ ...cals, NameEnd: o, NameSt: o, SpanName: o })
const entry = z.strictObject({
  ...cals,
  Cols: o,
  MoreRows: o,
  NameEnd: o,
  NameSt: o,
  SpanName: o,
  Valign: o,
  children: z.array(inlineSchema),
})
const row = z.strictObject({ RowSep: o, Valign: o, entries: z.array(entry) })
const headOrFoot = z.strictObject({ Valign: o, colSpecs: z.array(colSpec), rows: z.array(row) })
const tGroup = z.strictObject({
  ...cals,
  Cols: s,
  TGroupStyle: o,
  colSpecs: z.array(colSpec),
  spanSpecs: z.array(spanSpec),
  head: headOrFoot.optional(),
  foot: headOrFoot.optional(),
  body: z.strictObject({ Valign: o, rows: z.array(row) }),
})
const table = z.strictObject({
  kind: z.literal('Table'),
  id: o,
  Frame: o,
  ColSep: o,
  RowSep: o,
  TabStyle: o,
  ...device,
  title: z.array(titleInlineSchema),
  titleAbbrev: z.array(titleInlineSchema).optional(),
  groups: z.array(tGroup),
})

const qandaEntry = z
  .strictObject({
    kind: z.literal('QandAEntry'),
    id: o,
    question: lazy(() => flowSchema),
    answers: z.array(lazy(() => flowSchema)),
  })
  .meta({ id: 'PdqQandAEntry' })
const qandaDiv: z.ZodType<T.QandADiv> = z
  .strictObject({
    kind: z.literal('QandADiv'),
    id: o,
    title: z.array(titleInlineSchema).optional(),
    children: z.array(z.union([z.lazy(() => qandaDiv), qandaEntry])),
  })
  .meta({ id: 'PdqQandADiv' })
const qandaSet = z.strictObject({
  kind: z.literal('QandASet'),
  id: o,
  ...device,
  title: z.array(titleInlineSchema).optional(),
  children: z.array(z.union([qandaDiv, qandaEntry])),
})

const blockOptions = [paraSchema, list('ItemizedList'), list('OrderedList'), table, qandaSet] as const
export const blockSchema: z.ZodType<T.Block> = z
  .discriminatedUnion('kind', [...blockOptions, mediaLinkSchema, embeddedVideo])
  .meta({ id: 'PdqBlock' })
export const flowSchema: z.ZodType<T.Flow> = z.discriminatedUnion('kind', [...inlineOptions, ...blockOptions]).meta({ id: 'PdqFlow' })

export const altTitleSchema = z.strictObject({ TitleType: o, children: z.array(titleInlineSchema) })
export const keyPointSchema = z.strictObject({ id: o, children: z.array(inlineSchema) })
const citation = z.strictObject({ idx: s, PMID: o, MedlineID: o, CancerlitID: o, ProtocolID: o, children: z.array(inlineSchema) })
export const cdrRefSchema = z.strictObject({ ref: o, text: s })
const linked = z.strictObject({ xref: s, text: s })

export const summarySectionSchema: z.ZodType<T.SummarySection> = z.strictObject({
  kind: z.literal('SummarySection'),
  id: o,
  ...device,
  meta: z.strictObject({ specificDiagnoses: z.array(cdrRefSchema), sectionTypes: z.array(s) }).optional(),
  title: z.array(titleInlineSchema).optional(),
  altTitles: z.array(altTitleSchema),
  keyPoints: z.array(keyPointSchema),
  body: z.array(z.union([blockSchema, z.lazy(() => summarySectionSchema)])),
  references: z.array(citation).optional(),
})

export const summarySchema = z.strictObject({
  kind: z.literal('Summary'),
  id: s,
  LegacyPDQID: o,
  ReplacementFor: o,
  SVPC: o,
  PartnerMergeSet: o,
  SuppressOnThisPageSection: o,
  meta: z.strictObject({
    summaryType: s,
    audience: s,
    language: s,
    description: s,
    url: linked,
    toggleUrl: linked.optional(),
    mobileUrl: linked.optional(),
    boards: z.array(z.strictObject({ ref: s, text: s })),
    mainTopics: z.array(cdrRefSchema.nullable()),
    secondaryTopics: z.array(cdrRefSchema.nullable()),
    abstract: z.array(paraSchema).optional(),
    keywords: z.array(s).optional(),
    permaTargs: z.array(z.strictObject({ FragmentId: s, PermaTargId: s, PermaTargTitle: o, PermaTargUrl: o })).optional(),
  }),
  title: z.array(titleInlineSchema),
  altTitles: z.array(altTitleSchema),
  sections: z.array(summarySectionSchema),
  translationOf: o,
  patientVersionOf: o,
  dateFirstPublished: o,
  dateLastModified: o,
  professionalDisclaimer: z.array(flowSchema).optional(),
})

const drugInfoSection: z.ZodType<T.DrugInfoSection> = z.strictObject({
  kind: z.literal('Section'),
  id: o,
  title: z.array(titleInlineSchema).optional(),
  altTitles: z.array(altTitleSchema),
  keyPoints: z.array(keyPointSchema),
  body: z.array(z.discriminatedUnion('kind', [...blockOptions, embeddedVideo])),
  sections: z.array(z.lazy(() => drugInfoSection)),
})

export const drugInfoSummarySchema = z.strictObject({
  kind: z.literal('DrugInformationSummary'),
  id: s,
  meta: z.strictObject({
    drugInfoType: s,
    Combination: o,
    audience: s,
    description: s,
    url: linked,
    manufacturers: z.array(cdrRefSchema).optional(),
    fdaApproved: o,
    terminologyLink: cdrRefSchema,
    glossaryLink: cdrRefSchema,
    usBrandNames: z.array(s).optional(),
    synonyms: z.array(s).optional(),
    pronunciation: z.strictObject({ termPronunciation: o, media: z.array(mediaLinkSchema) }).optional(),
    fdaExternalRef: linked.optional(),
  }),
  title: s,
  sections: z.array(drugInfoSection),
  disclaimer: z.array(flowSchema),
  dateFirstPublished: s,
  dateLastModified: o,
})

/** A PDQ document: a cancer information summary or a drug information summary. */
export const pdqDocumentSchema: z.ZodType<T.PdqDocument> = z.discriminatedUnion('kind', [summarySchema, drugInfoSummarySchema])
