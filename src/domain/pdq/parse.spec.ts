import { describe, expect, it } from 'vitest'

import { parsePdq } from './parse'

/** A minimal valid summary; `section` replaces its one section, `attributes` the root's attributes. */
const summary = ({
  attributes = ' id="CDR0000062820"',
  section = '<SummarySection id="_1"><Para id="_2">Text</Para></SummarySection>',
} = {}) =>
  `<Summary${attributes}><SummaryMetaData><SummaryType>Treatment</SummaryType><SummaryAudience>Health professionals</SummaryAudience>` +
  `<SummaryLanguage>English</SummaryLanguage><SummaryDescription>D</SummaryDescription><SummaryURL xref="https://www.cancer.gov/x">X</SummaryURL>` +
  `<MainTopics><TermRef ref="CDR1">t</TermRef></MainTopics></SummaryMetaData><SummaryTitle>T</SummaryTitle><AltTitle TitleType="Browser">T</AltTitle>` +
  `${section}<DateLastModified>2025-05-16</DateLastModified></Summary>`

const table = (tGroup: string) =>
  `<SummarySection id="_1"><Para>a</Para><Para>b</Para><Para>c</Para></SummarySection><SummarySection/><SummarySection id="_3"><Table id="_t"><Title>T</Title>${tGroup}</Table></SummarySection>`

const errorOf = (xml: string, file = 'cis/en/62820.xml') => {
  try {
    parsePdq(xml, { file })
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected parsePdq to fail')
}

describe('parsePdq errors name the file, the element path and the reason', () => {
  it('accepts the minimal summary the other cases break', () => {
    expect(parsePdq(summary(), { file: 'cis/en/62820.xml' })).toMatchObject({
      kind: 'Summary',
      id: 'CDR0000062820',
      dateLastModified: '2025-05-16',
    })
  })

  it('reports XML that is not well-formed, with line and column', () => {
    expect(errorOf('<Summary id="CDR1"><SummaryMetaData></Summary>')).toMatch(/^cis\/en\/62820\.xml: not well-formed XML: .*1:\d+/)
  })

  it('reports a root element that is neither Summary nor DrugInformationSummary', () => {
    expect(errorOf('<GlossaryTerm id="CDR1"/>')).toBe(
      'cis/en/62820.xml: /GlossaryTerm: the root element is GlossaryTerm; expected Summary or DrugInformationSummary',
    )
  })

  it('reports a summary without its id', () => {
    expect(errorOf(summary({ attributes: '' }))).toBe('cis/en/62820.xml: /Summary: Summary has no id')
  })

  it('reports a table group without Cols at its path', () => {
    expect(errorOf(summary({ section: table('<TGroup><TBody><Row><entry>x</entry></Row></TBody></TGroup>') }))).toBe(
      'cis/en/62820.xml: /Summary/SummarySection[3]/Table/TGroup: TGroup has no Cols',
    )
  })

  it('reports an element the DTD does not allow where it stands', () => {
    expect(errorOf(summary({ section: '<SummarySection id="_1"><Para>a</Para><Para>b <Blink>x</Blink></Para></SummarySection>' }))).toBe(
      'cis/en/62820.xml: /Summary/SummarySection/Para[2]/Blink: Blink is not allowed in Para',
    )
  })

  it('reports an attribute the DTD does not know', () => {
    expect(errorOf(summary({ section: '<SummarySection id="_1" colour="red"/>' }))).toBe(
      'cis/en/62820.xml: /Summary/SummarySection: SummarySection has an unknown attribute colour',
    )
  })

  it('reports a missing required element', () => {
    expect(errorOf(summary().replace(/<SummaryTitle>T<\/SummaryTitle>/, ''))).toBe(
      'cis/en/62820.xml: /Summary: Summary has no SummaryTitle (found AltTitle)',
    )
  })

  it('reports text where only elements may stand', () => {
    expect(errorOf(summary({ section: '<SummarySection id="_1">loose text</SummarySection>' }))).toBe(
      'cis/en/62820.xml: /Summary/SummarySection: SummarySection may not hold text ("loose text")',
    )
  })

  it('reports elements out of the DTD’s order', () => {
    expect(errorOf(summary({ section: '<SummarySection id="_1"><Para>a</Para><Title>late</Title></SummarySection>' }))).toBe(
      'cis/en/62820.xml: /Summary/SummarySection/Title: Title is not allowed here in SummarySection',
    )
  })
})

describe('parsePdq reading text', () => {
  it('decodes entities and character references and keeps whitespace inside paragraphs', () => {
    const doc = parsePdq(
      summary({ section: '<SummarySection id="_1"><Para id="_2">a &amp; b &lt; c&#8211;d\n  e</Para></SummarySection>' }),
      { file: 'f' },
    )
    expect(doc.kind === 'Summary' && doc.sections[0].body[0]).toEqual({
      kind: 'Para',
      id: '_2',
      children: [{ kind: 'text', value: 'a & b < c–d\n  e' }],
    })
  })

  it('drops whitespace between elements where the DTD allows only elements', () => {
    const doc = parsePdq(summary({ section: '<SummarySection id="_1">\n  <Para>a</Para>\n</SummarySection>' }), { file: 'f' })
    expect(doc.kind === 'Summary' && doc.sections[0].body).toHaveLength(1)
  })
})
