import { describe, expect, it } from 'vitest'

import { isSafeLinkUrl, stripUnsafeLinks, unsafeLinkMessage, unsafeLinkUrls } from './links'

const link = (url: string, text = 'click') => ({
  type: 'link',
  version: 3,
  fields: { url, linkType: 'custom', newTab: false },
  children: [{ type: 'text', text, version: 1 }],
})

const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children })
const state = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } })

describe('isSafeLinkUrl', () => {
  it('allows http(s), mailto and links inside Galley', () => {
    for (const url of [
      'https://www.cancer.gov/',
      'HTTP://example.org/a?b#c',
      'mailto:nci@example.org',
      '/summaries/soft-tissue-sarcoma',
      '#section-2',
      '  https://example.org  ',
    ]) {
      expect(isSafeLinkUrl(url), url).toBe(true)
    }
  })

  it('refuses scripts, data, other schemes and links that leave Galley without a scheme', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example',
      '/\\evil.example',
      'relative/page',
      '',
      42,
      null,
    ]) {
      expect(isSafeLinkUrl(url), String(url)).toBe(false)
    }
  })
})

describe('unsafeLinkUrls', () => {
  it('lists every refused URL in document order, also in nested lists and autolinks', () => {
    const nested = state(paragraph(link('https://ok.example'), link('javascript:alert(1)')), {
      type: 'list',
      version: 1,
      listType: 'bullet',
      children: [{ type: 'listitem', version: 1, children: [{ ...link('data:text/html,x'), type: 'autolink' }] }],
    })
    expect(unsafeLinkUrls(nested)).toEqual(['javascript:alert(1)', 'data:text/html,x'])
  })

  it('does not judge links to Galley documents, which carry no URL', () => {
    const internal = { type: 'link', version: 3, fields: { linkType: 'internal', doc: { relationTo: 'drugs', value: 3 } }, children: [] }
    expect(unsafeLinkUrls(state(paragraph(internal)))).toEqual([])
  })

  it('finds nothing in text without links', () => {
    expect(unsafeLinkUrls(state(paragraph({ type: 'text', text: 'javascript:alert(1)' })))).toEqual([])
  })
})

describe('stripUnsafeLinks', () => {
  it('keeps the text of a refused link and every allowed link as it was', () => {
    const stripped = stripUnsafeLinks(
      state(paragraph({ type: 'text', text: 'See ' }, link('vbscript:msgbox(1)', 'this'), link('https://ok.example', 'that'))),
    )
    expect(stripped).toEqual(
      state(paragraph({ type: 'text', text: 'See ' }, { type: 'text', text: 'this', version: 1 }, link('https://ok.example', 'that'))),
    )
    expect(unsafeLinkUrls(stripped)).toEqual([])
  })
})

describe('unsafeLinkMessage', () => {
  it('names the field and the refused URLs', () => {
    expect(unsafeLinkMessage('sections.0.body', ['javascript:alert(1)'])).toBe(
      'sections.0.body: links must be http(s), mailto or start with / or # (refused: "javascript:alert(1)")',
    )
  })
})
