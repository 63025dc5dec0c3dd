import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import type { Revision } from '@/domain/revisions'
import type { Published } from './data'
import type { SummaryContent } from '@/domain/revisions'

import { listingOf } from '@/domain/published'
import { findRevision, publishDemo } from '@/domain/revisions/seedDocuments.fixture'

import { SummaryView } from './SummaryView'

const demoSummary = () =>
  findRevision(publishDemo(), 'summaries', 'adult-soft-tissue-sarcoma-treatment-patient') as Published<SummaryContent>

const page = (summary: Published<SummaryContent>, versions: Revision[] = [summary]) =>
  renderToStaticMarkup(
    <SummaryView
      summary={summary}
      versions={versions.map(listingOf)}
      latestVersion={summary.version}
      translations={[]}
      origin="https://galley.example"
    />,
  )

describe('the summary page’s “Changes to this summary”', () => {
  it('shows the note the board approved for readers, in the section and the version history', () => {
    const summary = { ...demoSummary(), publicNote: 'Updated the five-year survival figures.' }
    const html = page(summary)
    expect(html).toContain('Version 1 (January 5, 2026): Updated the five-year survival figures.')
    expect(html.match(/Updated the five-year survival figures\./g)).toHaveLength(2)
  })

  it('never shows the note to the board that revisions stored before public notes carried', () => {
    const legacy = { ...demoSummary(), publicNote: null, note: 'Citation replaced per Dr. Reyes.' } as Published<SummaryContent>
    const html = page(legacy)
    expect(html).not.toContain('Dr. Reyes')
    expect(html).toContain('Version 1 (January 5, 2026).')
  })
})

type Section = SummaryContent['sections'][number]

describe('the summary page of a PDQ summary', () => {
  const pdqSummary = (): Published<SummaryContent> => {
    const demo = demoSummary()
    const [first, second] = demo.content.sections
    const [a, b] = demo.content.citations
    const paragraph = (text: string, reference: string): Section['body'] => ({
      lexical: {
        root: {
          type: 'root',
          children: [
            {
              type: 'paragraph',
              children: [
                { type: 'text', text, format: 0 },
                { type: 'inlineBlock', fields: { blockType: 'citation', reference } },
              ],
            },
          ],
        },
      },
      text,
    })
    const summary: Published<SummaryContent> = {
      ...demo,
      content: {
        ...demo.content,
        referenceNumbering: 'per-section',
        sections: [
          { ...first, id: 's1', pdqId: '_1', level: 1, title: 'General information', body: paragraph('Cited in one.', a.id) },
          { ...second, id: 's2', pdqId: '_2', level: 2, title: 'Incidence', keyPoints: [], body: paragraph('Again in one.', b.id) },
          { ...second, id: 's3', pdqId: null, level: 2, title: '', keyPoints: [], body: paragraph('Continued.', a.id) },
          { ...second, id: 's4', pdqId: '_9', level: 1, title: 'Treatment', keyPoints: [], body: paragraph('Cited in two.', b.id) },
        ],
        citations: [
          { ...a, number: 1, section: 's1' },
          { ...b, number: 2, section: 's1' },
          { ...b, number: 1, section: 's4' },
        ],
      },
    } as Published<SummaryContent>
    return summary
  }

  it('gives each section its PDQ id as anchor and a heading for its level; an untitled section has none', () => {
    const html = page(pdqSummary())
    expect(html).toMatch(/<section id="_1"[^>]*><h2 id="title-s1">General information<\/h2>/)
    expect(html).toMatch(/<section id="_2"[^>]*><h3 id="title-s2">Incidence<\/h3>/)
    expect(html).toMatch(/<section id="section-s3" class="[^"]*"><div class="rich-text"><p><span>Continued\./)
  })

  it('lists the references of each top-level section under it, numbered afresh, with anchors of their own', () => {
    const html = page(pdqSummary())
    expect(html).toContain('<li id="ref-s1-1" value="1">')
    expect(html).toContain('<li id="ref-s1-2" value="2">')
    expect(html).toContain('<li id="ref-s4-1" value="1">')
    expect(html).toContain('href="#ref-s4-1"')
    expect(html).not.toContain('id="references"')
  })

  it('dates the page by the last change of substance it names, not by when Galley published it', () => {
    const summary = pdqSummary()
    const html = page({ ...summary, content: { ...summary.content, dateLastModified: '2025-02-21' } } as Published<SummaryContent>)
    expect(html).toContain('<time dateTime="2025-02-21">February 21, 2025</time>')
  })

  it('lists only the top-level sections in the table of contents', () => {
    const toc = page(pdqSummary()).split('</nav>')[0]
    expect(toc).toContain('href="#_1"')
    expect(toc).toContain('href="#_9"')
    expect(toc).not.toContain('href="#_2"')
  })
})

describe('the summary page of a Spanish summary', () => {
  const spanish = (): Published<SummaryContent> => {
    const demo = demoSummary()
    return { ...demo, publicNote: 'Se actualizaron las cifras.', content: { ...demo.content, language: 'es' } } as Published<SummaryContent>
  }

  it('labels the page in Spanish, dates included', () => {
    const html = page(spanish())
    for (const label of ['Versión para pacientes', 'Actualización', 'En esta página', 'Bibliografía', 'Actualizaciones de este resumen'])
      expect(html).toContain(label)
    expect(html).toContain('Versión 1 (5 de enero de 2026): Se actualizaron las cifras.')
    for (const label of ['On this page', 'Changes to this summary', 'Patient version', 'January']) expect(html).not.toContain(label)
  })

  it('keeps English labels on English summaries', () => {
    expect(page(demoSummary())).toContain('On this page')
  })
})
