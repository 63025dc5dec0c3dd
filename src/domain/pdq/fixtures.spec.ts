import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { validateFilesWithDtd, validateWithDtd } from '../../../tests/helpers/xmllint'
import { comparePdqContent, formatContentDifference } from './compare'
import { parsePdq } from './parse'
import { pdqDocumentSchema } from './schema'
import { serializePdq } from './serialize'
import { compareXmlContent } from './xmlContent'

/** The real NCI files copied into the repository (the whole corpus is the bench's job). */
const folder = path.resolve(import.meta.dirname, '../../../tests/fixtures/pdq')
const fixtures = [
  'cis/en/62820.xml',
  'cis/en/258102.xml',
  'cis/es/256690.xml',
  'cis/es/520407.xml',
  'cis/en/343584.xml',
  'dis/en/487488.xml',
  'dis/en/502211.xml',
  'dis/en/757219.xml',
]
const read = (file: string) => fs.readFileSync(path.join(folder, file), 'utf8')
const documents = fixtures.map((file) => ({ file, xml: read(file), doc: parsePdq(read(file), { file }) }))

describe('serializePdq(parsePdq(file)) for the real fixtures', () => {
  it.each(documents)('$file: the written cancer.gov form has the same elements, attributes and text as the file', ({ file, xml, doc }) => {
    expect(compareXmlContent(xml, serializePdq(doc, { form: 'cg' }), { file })).toEqual([])
  })

  it.each(documents)('$file: the content comparison finds no difference after the round trip', ({ file, doc }) => {
    const again = parsePdq(serializePdq(doc, { form: 'cg' }), { file })
    expect(comparePdqContent(doc, again).map(formatContentDifference)).toEqual([])
  })

  it.each(documents)('$file: the tree is one the zod schema accepts', ({ doc }) => {
    expect(pdqDocumentSchema.safeParse(doc).error?.issues[0]).toBeUndefined()
  })

  it('the cancer.gov form of every fixture is valid against pdqCG.dtd (xmllint)', { timeout: 60_000 }, () => {
    const written = documents.map(({ file, doc }) => ({ name: file, xml: serializePdq(doc, { form: 'cg' }) }))
    expect(validateWithDtd(written, path.join(folder, 'dtd/pdqCG.dtd'))).toEqual([])
  })

  it('the partner form of every fixture is valid against pdq.dtd (xmllint)', { timeout: 60_000 }, () => {
    const written = documents.map(({ file, doc }) => ({ name: file, xml: serializePdq(doc, { form: 'partner' }) }))
    expect(validateWithDtd(written, path.join(folder, 'dtd/pdq.dtd'))).toEqual([])
  })

  it('the partner form keeps the content: only the titles differ, as NCI’s vendor filter changes them', () => {
    const { doc } = documents[0]
    const partner = parsePdq(serializePdq(doc, { form: 'partner' }), { file: 'partner' })
    expect(comparePdqContent(doc, partner)).toEqual([
      {
        path: '/Summary/SummaryTitle',
        kind: 'title',
        a: 'Soft Tissue Sarcoma Treatment (PDQ®)–Health Professional Version',
        b: 'Soft Tissue Sarcoma Treatment (PDQ®)',
      },
      {
        path: '/Summary/AltTitle',
        kind: 'title',
        a: 'Browser: Soft Tissue Sarcoma Treatment (PDQ®) | CancerTypeHomePage: Soft Tissue Sarcoma Treatment',
        b: 'Short: Soft Tissue Sarcoma Treatment',
      },
    ])
  })
})

describe('parsePdq on the soft tissue sarcoma set', () => {
  const [hp, patient, spanishHp, spanishPatient] = documents.map(({ doc }) => doc)

  it('reads the health professional summary’s metadata, sections and per-section reference lists', () => {
    if (hp.kind !== 'Summary') throw new Error('expected a Summary')
    expect(hp.id).toBe('CDR0000062820')
    expect(hp.meta).toMatchObject({
      summaryType: 'Treatment',
      audience: 'Health professionals',
      language: 'English',
      boards: [{ ref: 'CDR0000028327', text: 'PDQ Adult Treatment Editorial Board' }],
    })
    expect(hp.meta.url.xref).toBe('https://www.cancer.gov/types/soft-tissue-sarcoma/hp/adult-soft-tissue-treatment-pdq')
    expect(hp.sections.map((section) => section.id)).toHaveLength(11)
    expect(hp.sections.flatMap((section) => section.references ?? [])).toHaveLength(198)
    const pmids = hp.sections.flatMap((section) => (section.references ?? []).flatMap((citation) => citation.PMID ?? []))
    expect(new Set(pmids).size).toBe(119)
    expect(hp.sections.map((section) => section.references?.[0]?.idx)).toContain('1')
  })

  it('reads the links between the four: translation, patient version, toggle URL', () => {
    expect([patient, spanishHp, spanishPatient].map((doc) => doc.kind === 'Summary' && [doc.translationOf, doc.patientVersionOf])).toEqual([
      [undefined, 'CDR0000062820'],
      ['CDR0000062820', undefined],
      ['CDR0000258102', 'CDR0000256690'],
    ])
  })

  it('reads key points with their ids and glossary links with dictionary and audience', () => {
    if (patient.kind !== 'Summary') throw new Error('expected a Summary')
    const sections = (list: typeof patient.sections): typeof patient.sections =>
      list.flatMap((section) => [section, ...sections(section.body.filter((node) => node.kind === 'SummarySection'))])
    expect(sections(patient.sections).flatMap((section) => section.keyPoints)).toHaveLength(32)
    expect(JSON.stringify(patient).match(/"kind":"GlossaryTermRef"/g)).toHaveLength(330)
    expect(JSON.stringify(patient)).toContain('"dictionary":"Cancer.gov","audience":"Patient"')
  })

  it('reads a drug combination’s metadata', () => {
    const combination = documents.find(({ file }) => file === 'dis/en/757219.xml')?.doc
    expect(combination).toMatchObject({
      kind: 'DrugInformationSummary',
      title: 'Hyper-CVAD',
      meta: { drugInfoType: 'Brief', Combination: 'Yes', audience: 'Patients' },
    })
  })
})

describe('DTD validation', () => {
  it('fails, naming the package to install, when xmllint is missing', () => {
    expect(() =>
      validateFilesWithDtd([path.join(folder, fixtures[0])], path.join(folder, 'dtd/pdqCG.dtd'), { command: 'xmllint-not-installed' }),
    ).toThrow(/xmllint-not-installed could not run .*apt-get install libxml2-utils/)
  })

  it('reports a file that does not validate, with xmllint’s reason', () => {
    const [failure] = validateWithDtd(
      [{ name: 'broken.xml', xml: '<Summary id="CDR1"><Bogus/></Summary>' }],
      path.join(folder, 'dtd/pdqCG.dtd'),
    )
    expect(failure.file).toBe('broken.xml')
    expect(failure.messages.join('\n')).toMatch(/No declaration for element Bogus/)
  })
})
