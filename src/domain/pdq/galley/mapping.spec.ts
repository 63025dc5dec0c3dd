import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import type { PdqSummary, SummarySection } from '../types'

import { validateWithDtd } from '../../../../tests/helpers/xmllint'
import { comparePdqContent, formatContentDifference } from '../compare'
import { parsePdq } from '../parse'
import { serializePdq } from '../serialize'
import { citationKey, PdqMappingError, summaryFromPdq } from './fromPdq'
import { asJsonb, throughGalley } from './roundTrip'
import { pdqFromSummary } from './toPdq'

const folder = path.resolve(import.meta.dirname, '../../../../tests/fixtures/pdq')
const fixtures = ['cis/en/62820.xml', 'cis/en/258102.xml', 'cis/es/256690.xml', 'cis/es/520407.xml', 'cis/en/343584.xml']
const summaries = fixtures.map((file) => ({
  file,
  doc: parsePdq(fs.readFileSync(path.join(folder, file), 'utf8'), { file }) as PdqSummary,
}))

/** A small summary written the way NCI writes them, with `body` given as XML. */
const summaryXml = (body: string, extra = '') =>
  parsePdq(
    `<Summary id="CDR0000000001"><SummaryMetaData><SummaryType>Treatment</SummaryType><SummaryAudience>Health professionals</SummaryAudience>` +
      `<SummaryLanguage>English</SummaryLanguage><SummaryDescription>A test summary.</SummaryDescription><SummaryURL xref="https://www.cancer.gov/t">T</SummaryURL>` +
      `<SummaryEditorialBoard ref="CDR0000028327">PDQ Adult Treatment Editorial Board</SummaryEditorialBoard><MainTopics><TermRef ref="CDR0000038765">sarcoma</TermRef></MainTopics></SummaryMetaData>` +
      `<SummaryTitle>Test</SummaryTitle><AltTitle TitleType="Short">Test</AltTitle>${body}${extra}<DateFirstPublished>2001-02-03</DateFirstPublished><DateLastModified>2025-06-13</DateLastModified></Summary>`,
    { file: 'test.xml' },
  ) as PdqSummary

const exportedAgain = (doc: PdqSummary) => parsePdq(serializePdq(throughGalley(doc, 'test.xml'), { form: 'cg' }), { file: 'exported' })

describe('PDQ summary → Galley fields → PDQ, for the real fixtures', () => {
  it.each(summaries)('$file: gives the same content back (sections, text, tables, numbering, links, dates)', ({ file, doc }) => {
    const again = parsePdq(serializePdq(throughGalley(doc, file), { form: 'cg' }), { file: `${file} (exported)` })
    expect(comparePdqContent(doc, again).map(formatContentDifference)).toEqual([])
  })

  it('writes exports that are valid against pdqCG.dtd', () => {
    const documents = summaries.map(({ file, doc }) => ({
      name: file.replace(/\//g, '_'),
      xml: serializePdq(throughGalley(doc, file), { form: 'cg' }),
    }))
    expect(validateWithDtd(documents, path.join(folder, 'dtd', 'pdqCG.dtd'))).toEqual([])
  })

  it('holds the largest summary as one row per section, each with its PDQ id and level', () => {
    const { doc } = summaries.find(({ file }) => file.endsWith('343584.xml'))!
    const { summary, citations } = summaryFromPdq(doc, { file: '343584.xml' })
    expect(summary.sections.filter((row) => !row.pdq?.continuation)).toHaveLength(239)
    expect(summary.sections[0]).toMatchObject({ pdqId: doc.sections[0].id, level: 1 })
    expect(Math.max(...summary.sections.map((row) => row.level))).toBeGreaterThan(2)
    expect(citations.length).toBeGreaterThan(500)
    expect(summary).toMatchObject({
      cdrId: 'CDR0000343584',
      audience: 'health-professional',
      language: 'en',
      referenceNumbering: 'per-section',
    })
  })
})

describe('summaryFromPdq', () => {
  it('gives a section whose text is all in its subsections one empty paragraph, which the editor can load and the export leaves out', () => {
    const doc = summaryXml(
      '<SummarySection id="_1"><Title>Overview</Title><SummarySection id="_2"><Title>Details</Title><Para id="_3">Text.</Para></SummarySection></SummarySection>',
    )
    const { summary } = summaryFromPdq(doc, { file: 'test.xml' })
    const root = (summary.sections[0].body as { root: { children: { type: string; children: unknown[] }[] } }).root
    expect(root.children).toEqual([expect.objectContaining({ type: 'paragraph', children: [] })])
    expect(comparePdqContent(doc, exportedAgain(doc)).map(formatContentDifference)).toEqual([])
    expect(serializePdq(throughGalley(doc, 'test.xml'), { form: 'cg' })).not.toContain('<Para/>')
  })

  it('keeps Para ids, maps Strong/Emphasis to text formats, links to Lexical links and terms to PDQ inline nodes', () => {
    const doc = summaryXml(
      `<SummarySection id="_1"><Title>One</Title><Para id="_2">A <Strong>bold</Strong> and <Emphasis><Strong>both</Strong></Emphasis> ` +
        `<ExternalRef xref="https://example.org">link</ExternalRef> and <GlossaryTermRef href="CDR0000045333">term</GlossaryTermRef>.</Para></SummarySection>`,
    )
    const paragraph = summaryFromPdq(doc, { file: 't' }).summary.sections[0].body.root.children![0] as Record<string, unknown>
    expect(paragraph).toMatchObject({ type: 'paragraph', $: { pdqId: '_2' } })
    expect(paragraph.children).toMatchObject([
      { type: 'text', text: 'A ', format: 0 },
      { type: 'text', text: 'bold', format: 1 },
      { type: 'text', text: ' and ', format: 0 },
      { type: 'text', text: 'both', format: 3 },
      { type: 'text', text: ' ' },
      { type: 'link', fields: { url: 'https://example.org' }, children: [{ text: 'link' }] },
      { type: 'text', text: ' and ' },
      { type: 'inlineBlock', fields: { blockType: 'pdqInline', node: { kind: 'GlossaryTermRef', href: 'CDR0000045333', text: 'term' } } },
      { type: 'text', text: '.' },
    ])
  })

  it('keeps a table as a PDQ block whose citations name the reference, not the section number', () => {
    const doc = summaryXml(
      `<SummarySection id="_1"><Title>One</Title><Table id="_3"><Title>T</Title><TGroup Cols="1"><ColSpec ColName="c1" ColNum="1"/><TBody><Row><entry>Cell<Reference refidx="1"/></entry></Row></TBody></TGroup></Table>` +
        `<ReferenceSection><Citation idx="1" PMID="12345">Paper.</Citation></ReferenceSection></SummarySection>`,
    )
    const block = summaryFromPdq(doc, { file: 't' }).summary.sections[0].body.root.children![0] as {
      fields: { blockType: string; node: unknown }
    }
    expect(block.fields.blockType).toBe('pdqBlock')
    expect(JSON.stringify(block.fields.node)).toContain('"refidx":"pmid:12345"')
  })

  it('gives text that follows a subsection a continuation row, and the export puts it back after the subsection', () => {
    const doc = summaryXml(
      `<SummarySection id="_1"><Title>One</Title><Para id="_2">Before.</Para><SummarySection id="_3"><Title>Sub</Title><Para id="_4">Inside.</Para></SummarySection>` +
        `<Para id="_5">After.</Para></SummarySection>`,
    )
    const rows = summaryFromPdq(doc, { file: 't' }).summary.sections
    expect(rows.map((row) => [row.pdqId, row.level, row.title, row.pdq?.continuation ?? false])).toEqual([
      ['_1', 1, 'One', false],
      ['_3', 2, 'Sub', false],
      [null, 2, '', true],
    ])
    const body = exportedAgain(doc).sections[0].body
    expect(body.map((node) => `${node.kind}${node.id}`)).toEqual(['Para_2', 'SummarySection_3', 'Para_5'])
  })

  it('keeps two numbers for a section that lists the same unlinked citation twice', () => {
    const doc = summaryXml(
      `<SummarySection id="_1"><Title>One</Title><Para>A<Reference refidx="1"/> B<Reference refidx="2"/></Para>` +
        `<ReferenceSection><Citation idx="1">Same book.</Citation><Citation idx="2">Same book.</Citation></ReferenceSection></SummarySection>`,
    )
    const { citations } = summaryFromPdq(doc, { file: 't' })
    expect(citations.map((citation) => citation.key)).toEqual([
      citationKey(doc.sections[0].references![0]),
      `${citationKey(doc.sections[0].references![0])}:2`,
    ])
    expect((exportedAgain(doc).sections[0] as SummarySection).references!.map((citation) => citation.idx)).toEqual(['1', '2'])
  })

  it('takes a PMID NCI wrote with leading zeros as the paper PubMed knows', () => {
    const doc = summaryXml(
      `<SummarySection id="_1"><Title>One</Title><Para>A<Reference refidx="1"/></Para>` +
        `<ReferenceSection><Citation idx="1" PMID="0010675377">Paper.</Citation></ReferenceSection></SummarySection>`,
    )
    expect(summaryFromPdq(doc, { file: 't' }).citations).toMatchObject([{ key: 'pmid:10675377', pmid: '10675377' }])
  })

  it('keeps the URL of a link written with spaces around it, without the spaces', () => {
    const doc = summaryXml(
      `<SummarySection id="_1"><Title>One</Title><Para><ExternalRef xref=" https://www.cancer.gov/a ">a</ExternalRef></Para></SummarySection>`,
    )
    const paragraph = summaryFromPdq(doc, { file: 't' }).summary.sections[0].body.root.children![0] as { children: unknown[] }
    expect(paragraph.children).toMatchObject([{ type: 'link', fields: { url: 'https://www.cancer.gov/a' } }])
  })

  it('names the file and the number when a Reference cites a number its section does not list', () => {
    const doc = summaryXml(`<SummarySection id="_1"><Title>One</Title><Para>A<Reference refidx="7"/></Para></SummarySection>`)
    expect(() => summaryFromPdq(doc, { file: 'broken.xml' })).toThrow(
      new PdqMappingError("broken.xml: a Reference cites refidx 7, which its section's ReferenceSection does not list"),
    )
  })
})

describe('pdqFromSummary', () => {
  const twoSections = summaryXml(
    `<SummarySection id="_1"><Title>One</Title><Para>A<Reference refidx="1"/> B<Reference refidx="2"/> A again<Reference refidx="1"/></Para>` +
      `<ReferenceSection><Citation idx="1" PMID="111">First.</Citation><Citation idx="2" PMID="222">Second.</Citation></ReferenceSection></SummarySection>` +
      `<SummarySection id="_9"><Title>Two</Title><Para>B<Reference refidx="1"/></Para><ReferenceSection><Citation idx="1" PMID="222">Second.</Citation></ReferenceSection></SummarySection>`,
  )
  const references = new Map([
    ['pmid:111', { pmid: '111', text: 'First.' }],
    ['pmid:222', { pmid: '222', text: 'Second.' }],
  ])

  it('numbers citations afresh in each top-level section, in order of first citation', () => {
    const { summary } = summaryFromPdq(twoSections, { file: 't' })
    const doc = pdqFromSummary(summary, (id) => references.get(id))
    expect(doc.sections.map((section) => section.references!.map((c) => `${c.idx}=${c.PMID}`))).toEqual([['1=111', '2=222'], ['1=222']])
  })

  it('renumbers when an edit removes the first citation', () => {
    const { summary } = summaryFromPdq(twoSections, { file: 't' })
    const paragraph = summary.sections[0].body.root.children![0] as { children: Array<{ type: string; fields?: { reference?: string } }> }
    paragraph.children = paragraph.children.filter((node) => node.fields?.reference !== 'pmid:111')
    const doc = pdqFromSummary(summary, (id) => references.get(id))
    expect(doc.sections[0].references!.map((c) => `${c.idx}=${c.PMID}`)).toEqual(['1=222'])
  })

  it('numbers in document order even when the database gives the keys of a stored table back sorted', () => {
    const doc = summaryXml(
      `<SummarySection id="_1"><Title>One</Title><QandASet id="_2"><QandAEntry><Question><Para>Q<Reference refidx="1"/></Para></Question><Answer><Para>A<Reference refidx="2"/></Para></Answer></QandAEntry></QandASet>` +
        `<ReferenceSection><Citation idx="1" PMID="111">First.</Citation><Citation idx="2" PMID="222">Second.</Citation></ReferenceSection></SummarySection>`,
    )
    const { summary } = summaryFromPdq(doc, { file: 't' })
    const stored = asJsonb(JSON.parse(JSON.stringify(summary))) as typeof summary
    expect(pdqFromSummary(stored, (id) => references.get(id)).sections[0].references!.map((c) => `${c.idx}=${c.PMID}`)).toEqual([
      '1=111',
      '2=222',
    ])
  })

  it('writes an edited title as plain text and keeps the markup of an unchanged one', () => {
    const doc = summaryXml(
      `<SummarySection id="_1"><Title>About <Emphasis>this</Emphasis></Title><Para>x</Para></SummarySection><SummarySection id="_2"><Title>Old <Emphasis>one</Emphasis></Title><Para>y</Para></SummarySection>`,
    )
    const { summary } = summaryFromPdq(doc, { file: 't' })
    summary.sections[1].title = 'New one'
    const sections = pdqFromSummary(summary, () => undefined).sections
    expect(sections[0].title).toEqual(doc.sections[0].title)
    expect(sections[1].title).toEqual([{ kind: 'text', value: 'New one' }])
  })
})
