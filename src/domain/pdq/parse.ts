import type {
  AltTitle,
  CdrRef,
  Citation,
  DrugInfoMetaData,
  DrugInfoSection,
  KeyPoint,
  Linked,
  PdqDocument,
  PdqDrugInfoSummary,
  PdqSummary,
  SummaryMetaData,
  SummarySection,
} from './types'

import { block, flow, inline, mediaLink, para, titleInline } from './parseContent'
import { At, fail, noAttributes, readAttributes, Sequence, textOf } from './read'
import { readXml } from './xml'

type Options = { file: string }

/** Reads a PDQ summary or drug information summary in the cancer.gov form (pdqCG.dtd). */
export const parsePdq = (xml: string, { file }: Options): PdqDocument => {
  const root = readXml(xml, file)
  const at = new At(root)
  if (root.name === 'Summary') return summary(file, at)
  if (root.name === 'DrugInformationSummary') return drugInfoSummary(file, at)
  return fail(file, at.path, `the root element is ${root.name}; expected Summary or DrugInformationSummary`)
}

const text = (file: string, at: At) => (noAttributes(file, at), textOf(file, at))
const optionalText = (file: string, at: At | undefined) => (at ? text(file, at) : undefined)

const linked = (
  file: string,
  at: At,
  name: 'SummaryURL' | 'SummaryToggleURL' | 'MobileURL' | 'DrugInfoURL' | 'FDAExternalRef',
): Linked => ({
  xref: readAttributes(file, at, name).xref,
  text: textOf(file, at),
})

const cdrRef = (
  file: string,
  at: At,
  name: 'TermRef' | 'SpecificDiagnosis' | 'Manufacturer' | 'TerminologyLink' | 'GlossaryLink',
): CdrRef => ({
  ...readAttributes(file, at, name),
  text: textOf(file, at),
})

const altTitle = (file: string, at: At): AltTitle => ({ ...readAttributes(file, at, 'AltTitle'), children: titleInline(file, at) })
const keyPoint = (file: string, at: At): KeyPoint => ({ ...readAttributes(file, at, 'KeyPoint'), children: inline(file, at) })

const topics = (file: string, at: At): CdrRef | null => {
  noAttributes(file, at)
  const sequence = new Sequence(file, at)
  const term = sequence.optional('TermRef')
  sequence.end()
  return term ? cdrRef(file, term, 'TermRef') : null
}

const summaryMetaData = (file: string, at: At): SummaryMetaData => {
  noAttributes(file, at)
  const s = new Sequence(file, at)
  const meta: SummaryMetaData = {
    summaryType: text(file, s.required('SummaryType')),
    audience: text(file, s.required('SummaryAudience')),
    language: text(file, s.required('SummaryLanguage')),
    description: text(file, s.required('SummaryDescription')),
    url: linked(file, s.required('SummaryURL'), 'SummaryURL'),
    boards: [],
    mainTopics: [],
    secondaryTopics: [],
  }
  const toggle = s.optional('SummaryToggleURL')
  if (toggle) meta.toggleUrl = linked(file, toggle, 'SummaryToggleURL')
  const mobile = s.optional('MobileURL')
  if (mobile) meta.mobileUrl = linked(file, mobile, 'MobileURL')
  meta.boards = s
    .many('SummaryEditorialBoard')
    .map((board) => ({ ref: readAttributes(file, board, 'SummaryEditorialBoard').ref, text: textOf(file, board) }))
  meta.mainTopics = s.many('MainTopics').map((topic) => topics(file, topic))
  if (meta.mainTopics.length === 0) fail(file, at.path, 'SummaryMetaData has no MainTopics')
  meta.secondaryTopics = s.many('SecondaryTopics').map((topic) => topics(file, topic))
  const abstract = s.optional('SummaryAbstract')
  if (abstract) {
    noAttributes(file, abstract)
    const paras = new Sequence(file, abstract)
    meta.abstract = paras.many('Para').map((p) => para(file, p))
    if (meta.abstract.length === 0) fail(file, abstract.path, 'SummaryAbstract has no Para')
    paras.end()
  }
  const keywords = s.optional('SummaryKeyWords')
  if (keywords) {
    noAttributes(file, keywords)
    const words = new Sequence(file, keywords)
    meta.keywords = words.many('SummaryKeyWord').map((word) => text(file, word))
    if (meta.keywords.length === 0) fail(file, keywords.path, 'SummaryKeyWords has no SummaryKeyWord')
    words.end()
  }
  const permaTargs = s.optional('PermaTargs')
  if (permaTargs) {
    noAttributes(file, permaTargs)
    const targets = new Sequence(file, permaTargs)
    meta.permaTargs = targets.many('PermaTarg').map((target) => readAttributes(file, target, 'PermaTarg'))
    targets.end()
  }
  s.end()
  return meta
}

const citations = (file: string, at: At): Citation[] => {
  noAttributes(file, at)
  const sequence = new Sequence(file, at)
  const list = sequence
    .many('Citation')
    .map((citation) => ({ ...readAttributes(file, citation, 'Citation'), children: inline(file, citation) }))
  if (list.length === 0) fail(file, at.path, 'ReferenceSection has no Citation')
  sequence.end()
  return list
}

const summarySection = (file: string, at: At): SummarySection => {
  const s = new Sequence(file, at)
  const section: SummarySection = {
    kind: 'SummarySection',
    ...readAttributes(file, at, 'SummarySection'),
    altTitles: [],
    keyPoints: [],
    body: [],
  }
  const meta = s.optional('SectMetaData')
  if (meta) {
    noAttributes(file, meta)
    const m = new Sequence(file, meta)
    section.meta = {
      specificDiagnoses: m.many('SpecificDiagnosis').map((diagnosis) => cdrRef(file, diagnosis, 'SpecificDiagnosis')),
      sectionTypes: m.many('SectionType').map((type) => text(file, type)),
    }
    m.end()
  }
  const title = s.optional('Title')
  if (title) section.title = titleInline(file, title)
  section.altTitles = s.many('AltTitle').map((alt) => altTitle(file, alt))
  section.keyPoints = s.many('KeyPoint').map((point) => keyPoint(file, point))
  for (let next = s.peek(); next; next = s.peek()) {
    const content = next.element.name === 'SummarySection' ? summarySection(file, next) : block(file, next)
    if (!content) break
    section.body.push(content)
    s.optional(next.element.name)
  }
  const references = s.optional('ReferenceSection')
  if (references) section.references = citations(file, references)
  s.end()
  return section
}

const summary = (file: string, at: At): PdqSummary => {
  const s = new Sequence(file, at)
  const doc: PdqSummary = {
    kind: 'Summary',
    ...readAttributes(file, at, 'Summary'),
    meta: summaryMetaData(file, s.required('SummaryMetaData')),
    title: titleInline(file, s.required('SummaryTitle')),
    altTitles: s.many('AltTitle').map((alt) => altTitle(file, alt)),
    sections: [],
  }
  if (doc.altTitles.length === 0) fail(file, at.path, 'Summary has no AltTitle')
  doc.sections = s.many('SummarySection').map((section) => summarySection(file, section))
  if (doc.sections.length === 0) fail(file, at.path, 'Summary has no SummarySection')
  const translationOf = s.optional('TranslationOf')
  if (translationOf) doc.translationOf = readAttributes(file, translationOf, 'TranslationOf').ref
  const patientVersionOf = s.optional('PatientVersionOf')
  if (patientVersionOf) doc.patientVersionOf = readAttributes(file, patientVersionOf, 'PatientVersionOf').ref
  const firstPublished = optionalText(file, s.optional('DateFirstPublished'))
  if (firstPublished !== undefined) doc.dateFirstPublished = firstPublished
  const lastModified = optionalText(file, s.optional('DateLastModified'))
  if (lastModified !== undefined) doc.dateLastModified = lastModified
  const disclaimer = s.optional('ProfessionalDisclaimer')
  if (disclaimer) doc.professionalDisclaimer = flow(file, disclaimer)
  s.end()
  return doc
}

const drugInfoSection = (file: string, at: At): DrugInfoSection => {
  const s = new Sequence(file, at)
  const section: DrugInfoSection = {
    kind: 'Section',
    ...readAttributes(file, at, 'Section'),
    altTitles: [],
    keyPoints: [],
    body: [],
    sections: [],
  }
  const title = s.optional('Title')
  if (title) section.title = titleInline(file, title)
  section.altTitles = s.many('AltTitle').map((alt) => altTitle(file, alt))
  section.keyPoints = s.many('KeyPoint').map((point) => keyPoint(file, point))
  for (let next = s.peek(); next; next = s.peek()) {
    const content = next.element.name === 'MediaLink' ? undefined : block(file, next)
    if (!content || content.kind === 'MediaLink') break
    section.body.push(content)
    s.optional(next.element.name)
  }
  section.sections = s.many('Section').map((child) => drugInfoSection(file, child))
  s.end()
  return section
}

const list = (file: string, at: At | undefined, item: string) => {
  if (!at) return undefined
  noAttributes(file, at)
  const s = new Sequence(file, at)
  const values = s.many(item).map((value) => text(file, value))
  s.end()
  return values
}

const drugInfoMetaData = (file: string, at: At): DrugInfoMetaData => {
  noAttributes(file, at)
  const s = new Sequence(file, at)
  const type = s.required('DrugInfoType')
  const meta: DrugInfoMetaData = {
    drugInfoType: textOf(file, type),
    ...readAttributes(file, type, 'DrugInfoType'),
    audience: text(file, s.required('DrugInfoAudience')),
    description: text(file, s.required('DrugInfoDescription')),
    url: linked(file, s.required('DrugInfoURL'), 'DrugInfoURL'),
    terminologyLink: { text: '' },
    glossaryLink: { text: '' },
  }
  const manufacturers = s.optional('Manufacturers')
  if (manufacturers) {
    noAttributes(file, manufacturers)
    const m = new Sequence(file, manufacturers)
    meta.manufacturers = m.many('Manufacturer').map((maker) => cdrRef(file, maker, 'Manufacturer'))
    m.end()
  }
  const fdaApproved = optionalText(file, s.optional('FDAApproved'))
  if (fdaApproved !== undefined) meta.fdaApproved = fdaApproved
  meta.terminologyLink = cdrRef(file, s.required('TerminologyLink'), 'TerminologyLink')
  meta.glossaryLink = cdrRef(file, s.required('GlossaryLink'), 'GlossaryLink')
  const brands = list(file, s.optional('USBrandNames'), 'USBrandName')
  if (brands) meta.usBrandNames = brands
  const synonyms = list(file, s.optional('Synonyms'), 'Synonym')
  if (synonyms) meta.synonyms = synonyms
  const pronunciation = s.optional('PronunciationInfo')
  if (pronunciation) {
    noAttributes(file, pronunciation)
    const p = new Sequence(file, pronunciation)
    const term = optionalText(file, p.optional('TermPronunciation'))
    meta.pronunciation = {
      ...(term !== undefined && { termPronunciation: term }),
      media: p.many('MediaLink').map((media) => mediaLink(file, media)),
    }
    p.end()
  }
  const fda = s.optional('FDAExternalRef')
  if (fda) meta.fdaExternalRef = linked(file, fda, 'FDAExternalRef')
  s.end()
  return meta
}

const drugInfoSummary = (file: string, at: At): PdqDrugInfoSummary => {
  const s = new Sequence(file, at)
  const doc: PdqDrugInfoSummary = {
    kind: 'DrugInformationSummary',
    ...readAttributes(file, at, 'DrugInformationSummary'),
    meta: drugInfoMetaData(file, s.required('DrugInfoMetaData')),
    title: text(file, s.required('DrugInfoTitle')),
    sections: s.many('Section').map((section) => drugInfoSection(file, section)),
    disclaimer: [],
    dateFirstPublished: '',
  }
  if (doc.sections.length === 0) fail(file, at.path, 'DrugInformationSummary has no Section')
  const disclaimer = s.required('DrugInfoDisclaimer')
  noAttributes(file, disclaimer)
  doc.disclaimer = flow(file, disclaimer)
  doc.dateFirstPublished = text(file, s.required('DateFirstPublished'))
  const lastModified = optionalText(file, s.optional('DateLastModified'))
  if (lastModified !== undefined) doc.dateLastModified = lastModified
  s.end()
  return doc
}
