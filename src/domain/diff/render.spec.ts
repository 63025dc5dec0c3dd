import { describe, expect, it } from 'vitest'

import { lexical } from '../richtext/buildLexical'
import { toTokens } from '../richtext/tokens'
import { diffDocuments } from './diffDocuments'
import { diffTokens } from './diffTokens'
import { hasChanges, renderDiffHtml } from './render'
import { pazopanib } from './sarcomaFixtures'

const html = (before: string[], after: string[]) =>
  renderDiffHtml(diffTokens({ before: toTokens(lexical(before)), after: toTokens(lexical(after)) }))

describe('renderDiffHtml', () => {
  it('wraps inserted and deleted words in <ins> and <del>', () => {
    expect(html(['Pazopanib treats advanced sarcoma.'], ['Pazopanib treats metastatic sarcoma.'])).toBe(
      '<p data-block="paragraph">Pazopanib treats <del>advanced</del><ins>metastatic</ins> sarcoma.</p>',
    )
  })

  it('escapes every text', () => {
    const out = html(['Dose & timing.'], ['Dose <script>alert("x")</script> & timing.'])
    expect(out).not.toContain('<script>')
    expect(out).toContain('<ins>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; </ins>')
    expect(out).toContain('Dose')
    expect(out).toContain('&amp; timing.')
  })

  it('renders citations and marks added block boundaries', () => {
    expect(html(['Surgery is common. Radiation follows [[ref:7]].'], ['Surgery is common.', 'Radiation follows [[ref:7]].'])).toBe(
      '<p data-block="paragraph">Surgery is common.<del> </del></p>' +
        '<p data-block="paragraph" data-diff="insert">Radiation follows <sup class="citation" data-ref="7">[7]</sup>.</p>',
    )
  })

  it('renders nothing for no runs', () => {
    expect(renderDiffHtml([])).toBe('')
  })
})

describe('hasChanges', () => {
  it('is false for identical documents and true otherwise', () => {
    expect(hasChanges(diffDocuments({ before: pazopanib(), after: pazopanib() }))).toBe(false)
    expect(hasChanges(diffDocuments({ before: pazopanib(), after: { ...pazopanib(), brandNames: [] } }))).toBe(true)
  })
})
