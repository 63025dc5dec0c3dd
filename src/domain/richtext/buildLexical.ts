import type { LexicalNode, LexicalState } from './lexicalState'

/** A Lexical element node as Payload's editor stores it. */
export const element = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({
  type,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  ...extra,
  children,
})

/** A Lexical text node; `format` holds the format bits (1 bold, 2 italic, 32 subscript, 64 superscript, …). */
export const textNode = (text: string, format: number): LexicalNode => ({
  type: 'text',
  version: 1,
  text,
  format,
  mode: 'normal',
  style: '',
  detail: 0,
})

/**
 * Builds Payload-shaped Lexical JSON from lightweight markup, for fixtures, seeds and benchmarks.
 * Each string is a block:
 *   '### Title'            heading (h1–h6 by the number of #)
 *   '- one\n- two'         bullet list, '1. one\n2. two' numbered list
 *   anything else          paragraph; '\n' inside it is a line break
 * Inline, '[[ref:7]]' is a citation inline block pointing at reference 7 (a number when numeric).
 */
export const lexical = (blocks: readonly string[]): LexicalState => {
  let citations = 0
  const text = (value: string): LexicalNode => textNode(value, 0)
  const citation = (ref: string): LexicalNode => ({
    type: 'inlineBlock',
    version: 1,
    fields: {
      id: `citation-${++citations}`,
      blockName: '',
      blockType: 'citation',
      reference: /^\d+$/.test(ref) ? Number(ref) : ref,
    },
  })
  const inline = (source: string): LexicalNode[] =>
    source.split('\n').flatMap((line, index) => {
      const nodes: LexicalNode[] = index > 0 ? [{ type: 'linebreak', version: 1 }] : []
      for (const [index, piece] of line.split(/\[\[ref:([^\]]+)\]\]/).entries()) {
        if (index % 2 === 1) nodes.push(citation(piece.trim()))
        else if (piece) nodes.push(text(piece))
      }
      return nodes
    })
  const block = (source: string): LexicalNode => {
    const heading = /^(#{1,6})\s+(.*)$/s.exec(source)
    if (heading) return element('heading', inline(heading[2]), { tag: `h${heading[1].length}` })
    const lines = source.split('\n')
    const numbered = lines.every((line) => /^\d+\.\s/.test(line))
    if (numbered || lines.every((line) => /^[-*]\s/.test(line))) {
      const items = lines.map((line, index) => element('listitem', inline(line.replace(/^(\d+\.|[-*])\s+/, '')), { value: index + 1 }))
      return numbered
        ? element('list', items, { listType: 'number', start: 1, tag: 'ol' })
        : element('list', items, { listType: 'bullet', start: 1, tag: 'ul' })
    }
    return element('paragraph', inline(source), { textFormat: 0, textStyle: '' })
  }
  return { root: element('root', blocks.map(block)) }
}
