import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { lexical } from '@/domain/richtext/buildLexical'

import { RichText } from './RichText'

const html = (state: unknown, numbers: [string, number][] = []) =>
  renderToStaticMarkup(<RichText state={state} citationNumbers={new Map(numbers)} />)

const paragraphOf = (...nodes: Record<string, unknown>[]) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children: nodes }] },
})

describe('RichText', () => {
  it('renders paragraphs and numbered citations that link to the reference list', () => {
    const state = lexical(['Surgery is the main treatment [[ref:12]].'])
    expect(html(state, [['12', 3]])).toBe(
      '<div class="rich-text"><p><span>Surgery is the main treatment </span><sup class="citation"><a href="#ref-3" aria-label="Reference 3">[3]</a></sup><span>.</span></p></div>',
    )
  })

  it('shows markup typed by a writer as text, never as HTML', () => {
    const out = html(paragraphOf({ type: 'text', text: '<script>alert(1)</script><img src=x onerror=alert(1)>' }))
    expect(out).not.toContain('<script>')
    expect(out).not.toContain('<img')
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;')
  })

  it('renders only http(s) and mailto links as links', () => {
    const link = (url: string) => ({ type: 'link', fields: { url }, children: [{ type: 'text', text: 'here' }] })
    expect(html(paragraphOf(link('https://www.cancer.gov/')))).toContain('<a href="https://www.cancer.gov/" rel="noopener noreferrer">')
    expect(html(paragraphOf(link('javascript:alert(1)')))).not.toContain('href')
  })

  it('applies bold and italic formats and renders lists', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          { type: 'paragraph', children: [{ type: 'text', text: 'Key', format: 3 }] },
          { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [{ type: 'text', text: 'Surgery' }] }] },
        ],
      },
    }
    expect(html(state)).toBe(
      '<div class="rich-text"><p><span><em><strong>Key</strong></em></span></p><ul><li><span>Surgery</span></li></ul></div>',
    )
  })

  it('leaves out a citation whose reference is not in the list', () => {
    expect(html(lexical(['A claim [[ref:9]].']))).not.toContain('<sup')
  })
})
