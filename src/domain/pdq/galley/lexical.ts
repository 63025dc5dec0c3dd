import type { LexicalNode } from '../../richtext/lexicalState'

export { element, textNode } from '../../richtext/buildLexical'

/** Lexical text format bits Galley uses for PDQ formatting (`lexical`'s IS_BOLD, IS_ITALIC, …). */
export const FORMAT_BITS = { Strong: 1, Emphasis: 2, Subscript: 32, Superscript: 64 } as const
export type FormatKind = keyof typeof FORMAT_BITS
export const formatKinds = Object.keys(FORMAT_BITS) as FormatKind[]

/** PDQ text keeps the XML's line breaks and indentation; in a paragraph they are spaces. */
export const collapseSpace = (text: string) => text.replace(/\s+/g, ' ')

/** Lexical node state (`$`) Galley keeps on paragraphs and lists: the PDQ id and list attributes. */
export type PdqNodeState = { pdqId?: string; pdqStyle?: string; pdqCompact?: string }

export const nodeState = (state: PdqNodeState): { $?: PdqNodeState } => {
  const kept = Object.fromEntries(Object.entries(state).filter(([, value]) => value !== undefined)) as PdqNodeState
  return Object.keys(kept).length ? { $: kept } : {}
}

export const stateOf = (node: LexicalNode): PdqNodeState => {
  const state = node.$
  if (typeof state !== 'object' || state === null) return {}
  const { pdqId, pdqStyle, pdqCompact } = state as Record<string, unknown>
  return {
    ...(typeof pdqId === 'string' ? { pdqId } : {}),
    ...(typeof pdqStyle === 'string' ? { pdqStyle } : {}),
    ...(typeof pdqCompact === 'string' ? { pdqCompact } : {}),
  }
}
