import { describe, expect, it } from 'vitest'

import { parsePdq } from './parse'
import { serializePdq } from './serialize'
import { compareXmlContent } from './xmlContent'

const source =
  `<Summary id="CDR0000062820" LegacyPDQID="" SVPC="Yes"><SummaryMetaData><SummaryType>Treatment</SummaryType><SummaryAudience>Health professionals</SummaryAudience>` +
  `<SummaryLanguage>English</SummaryLanguage><SummaryDescription>D</SummaryDescription><SummaryURL xref="https://www.cancer.gov/x?a=1&amp;b=2">X</SummaryURL>` +
  `<MobileURL xref="https://m.cancer.gov/x">X</MobileURL><MainTopics><TermRef ref="CDR1">t</TermRef></MainTopics></SummaryMetaData>` +
  `<SummaryTitle>Soft Tissue Sarcoma Treatment (PDQ®)–Health Professional Version</SummaryTitle>` +
  `<AltTitle TitleType="Browser">Soft Tissue Sarcoma Treatment (PDQ®)</AltTitle><AltTitle TitleType="CancerTypeHomePage">Soft Tissue Sarcoma Treatment</AltTitle>` +
  `<SummarySection id="_1" IncludedDevices="web"><Para id="_2">5 &lt; 6 &amp; "quoted" &gt; 4</Para>` +
  `<MediaLink ref="CDR0000775883" type="image/jpeg" alt="Sarcoma" language="en" placement="image-center" id="_3"><Caption language="en">Caption</Caption></MediaLink></SummarySection>` +
  `<DateLastModified>2025-05-16</DateLastModified></Summary>`
const doc = parsePdq(source, { file: 'serialize.spec' })

describe('serializePdq', () => {
  it('writes the cancer.gov form with an XML declaration and a DOCTYPE naming the root', () => {
    expect(serializePdq(doc, { form: 'cg' }).split('\n').slice(0, 2)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE Summary>',
    ])
  })

  it('writes the cancer.gov form with the same content as the source', () => {
    expect(compareXmlContent(source, serializePdq(doc, { form: 'cg' }), { file: 'serialize.spec' })).toEqual([])
  })

  it('escapes only what XML needs in text and attributes', () => {
    const xml = serializePdq(doc, { form: 'cg' })
    expect(xml).toContain('<Para id="_2">5 &lt; 6 &amp; "quoted" &gt; 4</Para>')
    expect(xml).toContain('xref="https://www.cancer.gov/x?a=1&amp;b=2"')
    expect(xml).toContain('(PDQ®)–Health')
  })

  it('writes the partner form as NCI’s vendor filter does: short titles, no cancer.gov-only parts', () => {
    const xml = serializePdq(doc, { form: 'partner' })
    expect(xml).toContain(
      '<SummaryTitle>Soft Tissue Sarcoma Treatment (PDQ®)</SummaryTitle><AltTitle TitleType="Short">Soft Tissue Sarcoma Treatment</AltTitle><SummarySection',
    )
    expect(xml).toContain('<Summary id="CDR0000062820" LegacyPDQID="">')
    expect(xml).toContain('<SummarySection id="_1">')
    expect(xml).toContain('<MediaLink ref="CDR0000775883" type="image/jpeg" alt="Sarcoma" language="en" id="_3">')
    expect(xml).not.toContain('MobileURL')
  })

  it('keeps line ends and tabs in attribute values through a round trip', () => {
    const tabbed = parsePdq(source.replace('alt="Sarcoma"', 'alt="two&#10;lines&#9;tab"'), { file: 'serialize.spec' })
    const again = parsePdq(serializePdq(tabbed, { form: 'cg' }), { file: 'again' })
    expect(JSON.stringify(again)).toContain('"alt":"two\\nlines\\ttab"')
  })
})

describe('compareXmlContent', () => {
  it('catches an attribute the writer lost', () => {
    expect(compareXmlContent(source, source.replace(' placement="image-center"', ''), { file: 'f' })).toEqual([
      expect.stringMatching(/^\/Summary\/SummarySection\[1\]\/MediaLink\[1\]: attributes .*placement="image-center".* ≠ /),
    ])
  })

  it('catches changed text and ignores reflowed whitespace', () => {
    expect(compareXmlContent(source, source.replace('5 &lt; 6', '5\n   &lt;\t6').replace('<Para', '\n  <Para'), { file: 'f' })).toEqual([])
    expect(compareXmlContent(source, source.replace('>Caption<', '>Legend<'), { file: 'f' })).toEqual([
      '/Summary/SummarySection[1]/MediaLink[1]/Caption[1]: child 1: "Caption" ≠ "Legend"',
    ])
  })
})
