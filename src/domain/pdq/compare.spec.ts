import { describe, expect, it } from 'vitest'

import { comparePdqContent } from './compare'
import { parsePdq } from './parse'

const doc = ({ section = '', after = '<TranslationOf ref="CDR0000062820"/><DateLastModified>2025-05-16</DateLastModified>' } = {}) =>
  parsePdq(
    `<Summary id="CDR0000256690"><SummaryMetaData><SummaryType>Tratamiento</SummaryType><SummaryAudience>Health professionals</SummaryAudience>` +
      `<SummaryLanguage>Spanish</SummaryLanguage><SummaryDescription>D</SummaryDescription><SummaryURL xref="https://www.cancer.gov/x">X</SummaryURL>` +
      `<MainTopics><TermRef ref="CDR1">t</TermRef></MainTopics></SummaryMetaData><SummaryTitle>T</SummaryTitle><AltTitle TitleType="Browser">T</AltTitle>` +
      `<SummarySection id="_1"><Title>Incidence</Title>${section}</SummarySection>${after}</Summary>`,
    { file: 'compare.spec' },
  )

const base =
  '<SummarySection id="_254"><Title>Mortality</Title><Para id="_255">Deaths: 5,410.<Reference refidx="1"/> See <GlossaryTermRef href="CDR0000045333" dictionary="Cancer.gov" audience="Patient">sarcoma</GlossaryTermRef>.</Para></SummarySection>' +
  '<ReferenceSection><Citation idx="1" PMID="39817679">Siegel RL, et al.: Cancer statistics, 2025.</Citation></ReferenceSection>'

describe('comparePdqContent', () => {
  it('finds nothing between a document and itself', () => {
    expect(comparePdqContent(doc({ section: base }), doc({ section: base }))).toEqual([])
  })

  it('ignores formatting: markup around text, whitespace and line breaks, attribute order', () => {
    const reformatted = base
      .replace('Deaths: 5,410.', '<Strong>Deaths:</Strong>\n   5,410.')
      .replace('href="CDR0000045333" dictionary="Cancer.gov"', 'dictionary="Cancer.gov" href="CDR0000045333"')
    expect(comparePdqContent(doc({ section: base }), doc({ section: reformatted }))).toEqual([])
  })

  it('names the section whose text changed and shows both sides', () => {
    expect(comparePdqContent(doc({ section: base }), doc({ section: base.replace('5,410', '5,140') }))).toEqual([
      {
        path: "/Summary/SummarySection[@id='_1']/SummarySection[@id='_254']",
        kind: 'text',
        a: 'Deaths: 5,410. See sarcoma.',
        b: 'Deaths: 5,140. See sarcoma.',
      },
    ])
  })

  it('sees a citation that now points at another PubMed record', () => {
    const [difference] = comparePdqContent(doc({ section: base }), doc({ section: base.replace('39817679', '39817680') }))
    expect(difference).toMatchObject({
      path: "/Summary/SummarySection[@id='_1']",
      kind: 'referenceList',
      a: expect.stringContaining('1=39817679'),
      b: expect.stringContaining('1=39817680'),
    })
  })

  it('sees a renumbered citation in the text', () => {
    const [difference] = comparePdqContent(doc({ section: base }), doc({ section: base.replace('refidx="1"', 'refidx="2"') }))
    expect(difference).toEqual({
      path: "/Summary/SummarySection[@id='_1']/SummarySection[@id='_254']",
      kind: 'citedReferences',
      a: '1',
      b: '2',
    })
  })

  it('sees a glossary link to another term', () => {
    const [difference] = comparePdqContent(doc({ section: base }), doc({ section: base.replace('CDR0000045333', 'CDR0000046450') }))
    expect(difference).toMatchObject({
      kind: 'glossaryLinks',
      a: 'CDR0000045333 Cancer.gov/Patient',
      b: 'CDR0000046450 Cancer.gov/Patient',
    })
  })

  it('lists a removed section as present only in the first document', () => {
    const differences = comparePdqContent(
      doc({ section: base }),
      doc({ section: base.replace(/<SummarySection id="_254">.*?<\/SummarySection>/, '') }),
    )
    expect(differences.filter((difference) => difference.kind === 'section')).toEqual([
      { path: "/Summary/SummarySection[@id='_1']/SummarySection[@id='_254']", kind: 'section', a: 'Mortality' },
    ])
  })

  it('sees translation links and dates', () => {
    const differences = comparePdqContent(
      doc(),
      doc({
        after:
          '<TranslationOf ref="CDR0000258102"/><DateFirstPublished>2002-06-26</DateFirstPublished><DateLastModified>2025-05-16</DateLastModified>',
      }),
    )
    expect(differences).toEqual([
      { path: '/Summary/TranslationOf', kind: 'translationLinks', a: 'CDR0000062820', b: 'CDR0000258102' },
      { path: '/Summary/DateFirstPublished', kind: 'dates', b: '2002-06-26' },
    ])
  })
})
