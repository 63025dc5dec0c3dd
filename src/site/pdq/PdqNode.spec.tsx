import fs from 'node:fs'
import path from 'node:path'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import type { Block, Inline } from '@/domain/pdq/types'

import { parsePdq } from '@/domain/pdq/parse'
import { lexical } from '@/domain/richtext/buildLexical'

import type { PdqContext } from './context'

import { RichText } from '../RichText'
import { PdqNode } from './PdqNode'

/** Real NCI files: the sarcoma health professional summary (tables, levels of evidence, trials), its patient version (glossary terms, figures, videos) and the Spanish patient version. */
const folder = path.resolve(import.meta.dirname, '../../../tests/fixtures/pdq')
const read = (file: string) => parsePdq(fs.readFileSync(path.join(folder, file), 'utf8'), { file })
const sarcomaHp = read('cis/en/62820.xml')
const sarcomaPatient = read('cis/en/258102.xml')
const sarcomaPatientEs = read('cis/es/520407.xml')

type Tree = Record<string, unknown>

/** The first node of a parsed PDQ tree (depth first, document order) that passes `test`. */
const find = <T,>(tree: unknown, test: (node: Tree) => boolean): T => {
  const stack: unknown[] = [tree]
  while (stack.length) {
    const node = stack.shift()
    if (Array.isArray(node)) stack.unshift(...node)
    else if (node && typeof node === 'object') {
      if (test(node as Tree)) return node as T
      stack.unshift(...Object.values(node))
    }
  }
  throw new Error('no such node in the fixture')
}

const table = (id: string) => find<Block>(sarcomaHp, (node) => node.kind === 'Table' && node.id === id)
const paraHolding = (tree: unknown, test: (node: Tree) => boolean) =>
  find<Block>(tree, (node) => node.kind === 'Para' && Array.isArray(node.children) && node.children.some((child: Tree) => test(child)))

/** As the importer stores it: a citation's `refidx` holds the Galley reference id, here `galley-<PDQ number>`. */
const stored = <T,>(node: T): T =>
  JSON.parse(JSON.stringify(node), (key, value) =>
    value && typeof value === 'object' && value.kind === 'Reference' ? { ...value, refidx: `galley-${value.refidx}` } : value,
  )

const html = (node: unknown, context: Partial<PdqContext> = {}, inline = false) =>
  renderToStaticMarkup(<PdqNode node={node} context={{ citationNumbers: new Map(), ...context }} inline={inline} />)

describe('a PDQ table', () => {
  it('is captioned by its title', () => {
    expect(html(table('_1314'))).toContain(
      '<caption>Table 1.  Definitions of Primary Tumor (T) for Soft Tissue Sarcoma of the Trunk, Extremities, and Retroperitoneum; Head and Neck; and Abdomen and Thoracic Visceral Organs<sup>a</sup></caption>',
    )
  })

  it('marks its header cells as column headers', () => {
    const head = /<thead>(.*)<\/thead>/.exec(html(table('_1314')))?.[1] ?? ''
    expect(head.match(/<th scope="col"/g)).toHaveLength(4)
    expect(head).toContain('<th scope="col" style="text-align:center">T Category</th>')
  })

  it('spans a cell over the columns from its NameSt to its NameEnd', () => {
    expect(html(table('_2061'))).toContain('<tfoot><tr><td colSpan="3">T = primary tumor; N = regional lymph node;')
  })

  it('spans a cell down MoreRows + 1 rows, leaving those rows one cell fewer', () => {
    const out = html(table('_2061'))
    expect(out).toContain('<td colSpan="2" rowSpan="3">Stage I soft tissue sarcoma </td>')
    // The next row holds only the treatment column.
    expect(out).toMatch(
      /Stage I soft tissue sarcoma <\/td><td>.*?<\/td><\/tr><tr><td><a [^>]*>Surgery with radiation therapy<\/a><\/td><\/tr>/,
    )
  })

  it('scrolls sideways in a focusable figure named after the table, carrying the PDQ id', () => {
    expect(html(table('_2308'))).toMatch(
      /^<figure id="_2308" class="table-scroll" tabindex="0" aria-label="Table 9\. Sarcoma Subtypes With Higher Sensitivity to Specific Agents"><table>/,
    )
  })

  it('numbers a citation in a cell exactly as RichText numbers a citation', () => {
    const numbers = new Map([['galley-16', 4]])
    const inTable = html(stored(table('_2308')), { citationNumbers: numbers })
    const inText = renderToStaticMarkup(<RichText state={lexical(['Sunitinib [[ref:galley-16]].'])} citationNumbers={numbers} />)
    const mark = '<sup class="citation"><a href="#ref-4" aria-label="Reference 4">[4]</a></sup>'
    expect(inText).toContain(mark)
    expect(inTable).toContain(`<td>TKIs, including sunitinib ${mark} and pazopanib  </td>`)
  })
})

describe('PDQ links', () => {
  it('links a level of evidence to the page for the summary type, its brackets kept as written', () => {
    const para = paraHolding(sarcomaHp, (child) => child.kind === 'LOERef')
    expect(html(para, { summaryType: 'treatment' })).toContain(
      '[<a href="https://www.cancer.gov/publications/pdq/levels-evidence/treatment" rel="noopener noreferrer">Level of evidence C3</a>]',
    )
  })

  it('links a level of evidence to the overview page when the summary type is unknown', () => {
    const loe = find<Inline>(sarcomaHp, (node) => node.kind === 'LOERef')
    expect(html(loe, {}, true)).toContain('href="https://www.cancer.gov/publications/pdq/levels-evidence"')
  })

  it('links a glossary term to its entry in the NCI dictionary', () => {
    const term = find<Inline>(sarcomaPatient, (node) => node.kind === 'GlossaryTermRef' && node.href === 'CDR0000045882')
    expect(html(term, {}, true)).toBe(
      '<a href="https://www.cancer.gov/publications/dictionaries/cancer-terms/def/45882" class="glossary-term" rel="noopener noreferrer">Soft tissues</a>',
    )
  })

  it('links a term of a Spanish summary to the Spanish dictionary', () => {
    const term = find<Inline>(sarcomaPatientEs, (node) => node.kind === 'GlossaryTermRef')
    expect(html(term, { language: 'es' }, true)).toContain(
      'href="https://www.cancer.gov/espanol/publicaciones/diccionarios/diccionario-cancer/def/45882"',
    )
  })

  it('gives a known definition as the term’s description, without leaving the sentence', () => {
    const para = paraHolding(sarcomaPatient, (child) => child.kind === 'GlossaryTermRef' && child.href === 'CDR0000045882')
    const out = html(para, { definitionOf: (href) => (href === 'CDR0000045882' ? 'Refers to muscle, fat, fibrous tissue.' : null) })
    const [, describedBy] =
      /class="glossary-term" rel="noopener noreferrer" title="Refers to muscle, fat, fibrous tissue\." aria-describedby="([^"]+)">Soft tissues<\/a>/.exec(
        out,
      ) ?? []
    expect(describedBy).toBeTruthy()
    expect(out).toContain(`<span id="${describedBy}" hidden="">Refers to muscle, fat, fibrous tissue.</span>`)
  })

  it('links a trial to ClinicalTrials.gov by its NCT number', () => {
    const trial = find<Inline>(sarcomaHp, (node) => node.kind === 'ProtocolRef')
    expect(html(trial, {}, true)).toBe('<a href="https://clinicaltrials.gov/study/NCT00002641" rel="noopener noreferrer">EORTC-62931</a>')
  })

  it('links a summary that is in Galley to Galley’s page', () => {
    const kaposi = find<Inline>(sarcomaHp, (node) => node.kind === 'SummaryRef' && node.href === 'CDR0000062914')
    const resolveSummary = (href: string) => (href === 'CDR0000062914' ? '/summaries/kaposi-sarcoma-treatment-hp' : null)
    expect(html(kaposi, { resolveSummary }, true)).toBe('<a href="/summaries/kaposi-sarcoma-treatment-hp">Kaposi Sarcoma Treatment</a>')
  })

  it('links a summary that is not in Galley to cancer.gov, at the anchor the link names', () => {
    const tableSix = find<Inline>(sarcomaHp, (node) => node.kind === 'SummaryRef' && node.href === 'CDR0000062820#_1329')
    expect(html(tableSix, { resolveSummary: () => null }, true)).toBe(
      '<a href="https://www.cancer.gov/types/soft-tissue-sarcoma/hp/adult-soft-tissue-treatment-pdq#_1329" rel="noopener noreferrer">Table 6</a>',
    )
  })
})

describe('PDQ figures and videos', () => {
  it('shows a figure’s description and caption, saying the image is not included', () => {
    const figure = find<Block>(sarcomaPatient, (node) => node.kind === 'MediaLink' && node.id === '_244')
    const out = html(figure)
    expect(out).toContain('<p class="media__missing">The image is not included here. Image description: Soft tissue sarcoma; drawing shows')
    expect(out).toContain('<figcaption><div>Soft tissue sarcoma forms in the soft tissues of the body')
    expect(out).not.toContain('<img')
  })

  it('links a YouTube video by its id, with its title', () => {
    const video = find<Block>(sarcomaPatient, (node) => node.kind === 'EmbeddedVideo' && node.id === '_294')
    expect(html(video)).toContain(
      '<a href="https://www.youtube.com/watch?v=fQwar_-QdiQ" rel="noopener noreferrer">Watch the video on YouTube: metastasis: how cancer spreads</a>',
    )
  })
})

describe('PDQ nodes in RichText', () => {
  const page = (children: unknown[]) =>
    renderToStaticMarkup(
      <RichText state={{ root: { type: 'root', children } }} citationNumbers={new Map()} pdq={{ summaryType: 'treatment' }} />,
    )
  const pdqInline = (node: unknown) => ({ type: 'inlineBlock', fields: { id: 'x', blockName: '', blockType: 'pdqInline', node } })

  it('renders a pdqBlock table through the PDQ components', () => {
    const block = { type: 'block', version: 2, format: '', fields: { id: 'b', blockName: '', blockType: 'pdqBlock', node: table('_1329') } }
    expect(page([block])).toContain('<figure id="_1329" class="table-scroll" tabindex="0"')
  })

  it('gives a paragraph the PDQ id kept in its node state, so cross-summary links land', () => {
    expect(page([{ type: 'paragraph', $: { pdqId: '_12' }, children: [{ type: 'text', text: 'Text' }] }])).toContain('<p id="_12">')
  })

  it('keeps a figure inside a paragraph valid: phrasing content only', () => {
    const figure = find<Block>(sarcomaPatient, (node) => node.kind === 'MediaLink' && node.id === '_244')
    const out = page([{ type: 'paragraph', children: [pdqInline(figure)] }])
    const inside = /<p>(.*)<\/p>/.exec(out)?.[1] ?? ''
    expect(inside).toContain('role="figure"')
    expect(inside).not.toMatch(/<(figure|figcaption|div|p|aside|blockquote|ul|ol|table)[\s>]/)
  })

  it('renders a link inside a linked text as text, never as a link in a link', () => {
    const loe = find<Inline>(sarcomaHp, (node) => node.kind === 'LOERef')
    const link = { type: 'link', fields: { url: 'https://example.org/' }, children: [pdqInline(loe)] }
    expect(page([{ type: 'paragraph', children: [link] }]).match(/<a /g)).toHaveLength(1)
  })
})
