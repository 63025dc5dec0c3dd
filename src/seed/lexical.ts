import crypto from 'node:crypto'

import type { SeedBlock } from './data/types'

/**
 * Turns the seed's block lists into Lexical editor state: `[[ref:key]]` becomes an inline citation
 * block pointing at the reference id, `**text**` becomes bold text. Block ids are derived from
 * `idSeed`, so running the seed twice yields the same document.
 */
type Args = {
  blocks: SeedBlock[]
  resolveReference: (key: string) => number | string
  idSeed: string
}

type Node = Record<string, unknown>

const base = { format: '', indent: 0, version: 1, direction: 'ltr' as const }

const text = (value: string, bold: boolean): Node => ({
  type: 'text',
  text: value,
  format: bold ? 1 : 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

export const seedBlocksToLexical = ({ blocks, resolveReference, idSeed }: Args) => {
  let counter = 0
  const blockId = () => crypto.createHash('sha256').update(`${idSeed}:${counter++}`).digest('hex').slice(0, 24)

  const inline = (source: string): Node[] => {
    const nodes: Node[] = []
    for (const part of source.split(/(\[\[ref:[a-z0-9-]+\]\])/)) {
      const cite = /^\[\[ref:([a-z0-9-]+)\]\]$/.exec(part)
      if (cite) {
        nodes.push({
          type: 'inlineBlock',
          version: 1,
          fields: { id: blockId(), blockName: '', blockType: 'citation', reference: resolveReference(cite[1]) },
        })
        continue
      }
      part.split(/\*\*/).forEach((piece, index) => {
        if (piece) nodes.push(text(piece, index % 2 === 1))
      })
    }
    return nodes
  }

  const children = blocks.map((block): Node => {
    if (block.type === 'heading') return { ...base, type: 'heading', tag: 'h3', children: inline(block.text) }
    if (block.type === 'list') {
      return {
        ...base,
        type: 'list',
        listType: block.ordered ? 'number' : 'bullet',
        tag: block.ordered ? 'ol' : 'ul',
        start: 1,
        children: block.items.map((item, index) => ({
          ...base,
          type: 'listitem',
          value: index + 1,
          children: inline(item),
        })),
      }
    }
    return { ...base, type: 'paragraph', textFormat: 0, textStyle: '', children: inline(block.text) }
  })

  return { root: { ...base, type: 'root', children } }
}
