import type { ChangeEvent } from './changeEvent'

import { describe, expect, it } from 'vitest'

import { escapeXml } from './escapeXml'
import { renderAtom } from './renderAtom'

type XmlElement = { name: string; attributes: Record<string, string>; children: XmlElement[]; text: string }

const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y
const unescape = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]!)

/** Checks raw text: every '&' starts an entity and there is no '<'. */
const checkText = (text: string): string => {
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    ENTITY.lastIndex = i
    if (!ENTITY.test(text)) throw new Error(`bare & in ${JSON.stringify(text)}`)
  }
  if (text.includes('<')) throw new Error(`bare < in ${JSON.stringify(text)}`)
  return unescape(text)
}

/** A strict little XML reader, enough to prove the feed is well formed: one root, nested tags, quoted attributes. */
const parseXml = (xml: string): XmlElement => {
  const rest = xml.replace(/^<\?xml version="1\.0" encoding="utf-8"\?>\n/, '')
  const token = /<\/([A-Za-z][\w:.-]*)>|<([A-Za-z][\w:.-]*)((?:\s+[A-Za-z][\w:.-]*="[^"]*")*)\s*(\/?)>|([^<]+)/y
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' }
  const stack = [root]
  while (token.lastIndex < rest.length) {
    const at = token.lastIndex
    const match = token.exec(rest)
    if (!match) throw new Error(`malformed XML at ${at}: ${rest.slice(at, at + 40)}`)
    const [, close, open, attributeText, selfClosing, text] = match
    const top = stack[stack.length - 1]
    if (text !== undefined) {
      if (stack.length === 1 && text.trim()) throw new Error('text outside the root element')
      top.text += checkText(text)
    } else if (close) {
      if (top.name !== close) throw new Error(`</${close}> closes <${top.name}>`)
      stack.pop()
    } else {
      const attributes: Record<string, string> = {}
      for (const [, name, value] of attributeText.matchAll(/([A-Za-z][\w:.-]*)="([^"]*)"/g)) attributes[name] = checkText(value)
      const element: XmlElement = { name: open, attributes, children: [], text: '' }
      top.children.push(element)
      if (!selfClosing) stack.push(element)
    }
  }
  if (stack.length !== 1 || root.children.length !== 1) throw new Error('not exactly one closed root element')
  return root.children[0]
}

const child = (element: XmlElement, name: string) => element.children.find((item) => item.name === name)!
const event = (seq: number, fields: Partial<ChangeEvent> = {}): ChangeEvent => ({
  id: String(seq),
  kind: 'published',
  type: 'drugs',
  slug: 'pazopanib',
  version: seq,
  title: 'pazopanib',
  at: `2026-03-0${seq}T10:00:00.000Z`,
  ...fields,
})

describe('renderAtom', () => {
  const feedUrl = 'https://galley.example.org/feed/v1/changes.atom?limit=50&x=<1>'
  const events = [
    event(1),
    event(2, { type: 'summaries', slug: 'soft-tissue-sarcoma', title: 'Sarcoma <b>"bold"</b> & \'friends\'\u0001\uFFFF', kind: 'retired' }),
  ]
  const xml = renderAtom({ events, feedUrl, updated: new Date('2026-03-02T10:00:00Z') })
  const feed = parseXml(xml)

  it('is a well-formed Atom 1.0 feed with the required feed elements', () => {
    expect(feed.name).toBe('feed')
    expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom')
    expect(child(feed, 'id').text).toBe(feedUrl)
    expect(child(feed, 'updated').text).toBe('2026-03-02T10:00:00.000Z')
    expect(child(feed, 'link').attributes).toEqual({ rel: 'self', type: 'application/atom+xml', href: feedUrl })
    expect(child(child(feed, 'author'), 'name').text).toBe('Galley')
  })

  it('has one entry per event, newest first, each with id, title, updated and a link to the revision', () => {
    const entries = feed.children.filter((item) => item.name === 'entry')
    expect(entries.map((entry) => child(entry, 'id').text)).toEqual([`${feedUrl}#event-2`, `${feedUrl}#event-1`])
    const [retired, published] = entries
    expect(child(published, 'title').text).toBe('pazopanib — version 1 published')
    expect(child(published, 'updated').text).toBe('2026-03-01T10:00:00.000Z')
    expect(child(published, 'link').attributes).toEqual({
      rel: 'alternate',
      type: 'application/json',
      href: 'https://galley.example.org/feed/v1/drugs/pazopanib/v1.json',
    })
    expect(child(retired, 'title').text).toBe('Sarcoma <b>"bold"</b> & \'friends\' — version 2 retired')
    expect(child(retired, 'category').attributes.term).toBe('summaries')
  })

  it('escapes markup and drops characters XML cannot carry', () => {
    expect(xml).toContain('Sarcoma &lt;b&gt;&quot;bold&quot;&lt;/b&gt; &amp; &apos;friends&apos;')
    expect([...xml].filter((char) => char === '\u0001' || char === '\uFFFF')).toEqual([])
    expect(escapeXml('a\uD800b')).toBe('ab')
  })

  it('renders an empty feed', () => {
    const empty = parseXml(renderAtom({ events: [], feedUrl, updated: '2026-01-01T00:00:00Z' }))
    expect(empty.children.map((item) => item.name)).toEqual(['id', 'title', 'updated', 'link', 'author'])
  })
})
