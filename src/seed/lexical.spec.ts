import { describe, expect, it } from 'vitest'

import { seedBlocksToLexical } from './lexical'

const ids: Record<string, number> = { 'van-der-graaf-2012': 7, 'pdq-sts': 3 }
const convert = (blocks: Parameters<typeof seedBlocksToLexical>[0]['blocks']) =>
  seedBlocksToLexical({ blocks, resolveReference: (key) => ids[key], idSeed: 'section-1' })

describe('seedBlocksToLexical', () => {
  it('places a citation right after the claim it supports', () => {
    const state = convert([{ type: 'paragraph', text: 'Pazopanib delays progression [[ref:van-der-graaf-2012]].' }])
    const [paragraph] = state.root.children as { children: Record<string, unknown>[] }[]
    expect(paragraph.children.map((node) => node.type)).toEqual(['text', 'inlineBlock', 'text'])
    expect(paragraph.children[1]).toMatchObject({ fields: { blockType: 'citation', reference: 7 } })
    expect(paragraph.children[2]).toMatchObject({ text: '.' })
  })

  it('marks **bold** text with the bold format', () => {
    const state = convert([{ type: 'paragraph', text: 'Grade is **high** here' }])
    const [paragraph] = state.root.children as { children: Record<string, unknown>[] }[]
    expect(paragraph.children).toMatchObject([
      { text: 'Grade is ', format: 0 },
      { text: 'high', format: 1 },
      { text: ' here', format: 0 },
    ])
  })

  it('builds numbered and bulleted lists', () => {
    const state = convert([{ type: 'list', ordered: true, items: ['Surgery', 'Radiation [[ref:pdq-sts]]'] }])
    expect(state.root.children[0]).toMatchObject({ type: 'list', listType: 'number', tag: 'ol' })
    const items = (state.root.children[0] as { children: { children: unknown[] }[] }).children
    expect(items).toHaveLength(2)
    expect(items[1].children).toHaveLength(2)
  })

  it('gives citations the same ids on every run, so the seed is idempotent', () => {
    const blocks = [{ type: 'paragraph' as const, text: 'A [[ref:pdq-sts]] B [[ref:pdq-sts]]' }]
    expect(JSON.stringify(convert(blocks))).toBe(JSON.stringify(convert(blocks)))
    const [paragraph] = convert(blocks).root.children as { children: { fields?: { id: string } }[] }[]
    const citationIds = paragraph.children.flatMap((node) => (node.fields ? [node.fields.id] : []))
    expect(new Set(citationIds).size).toBe(2)
  })
})
