import type { LexicalNode } from './lexicalState'

import { isLexicalState, isPlainObject } from './lexicalState'

export type LexicalVisitor = {
  /** A block-level node (root, paragraph, heading, list, listitem, quote, table, or any unknown element). */
  enterBlock?: (node: LexicalNode) => void
  leaveBlock?: (node: LexicalNode) => void
  text?: (text: string) => void
  lineBreak?: () => void
  /** A citation inline block, with its reference id as a string. */
  citation?: (ref: string) => void
}

type Args = {
  state: unknown
  visitor: LexicalVisitor
}

/** Elements that flow inside a block; any other node with children is treated as a block. */
const INLINE_ELEMENTS = new Set(['link', 'autolink', 'mark', 'hashtag', 'mention', 'emoji', 'code-highlight'])

/** Nesting deeper than this is not editor output; stop instead of risking the stack. */
const MAX_DEPTH = 256

/**
 * The reference id a citation points at, as a string: `12`, `'12'`, a populated document `{ id: 12 }`
 * or a polymorphic `{ relationTo, value }`. '' when the citation has no usable reference.
 */
export const referenceId = (reference: unknown): string => {
  if (typeof reference === 'number') return Number.isFinite(reference) ? String(reference) : ''
  if (typeof reference === 'string') return reference.trim()
  if (isPlainObject(reference)) {
    if ('id' in reference) return referenceId(reference.id)
    if ('value' in reference) return referenceId(reference.value)
  }
  return ''
}

const isCitation = (node: LexicalNode): boolean => isPlainObject(node.fields) && node.fields.blockType === 'citation'

const visit = (node: unknown, visitor: LexicalVisitor, depth: number): void => {
  if (!isPlainObject(node) || depth > MAX_DEPTH) return
  const lexicalNode = node as LexicalNode
  if (isCitation(lexicalNode)) {
    const ref = referenceId(lexicalNode.fields?.reference)
    if (ref) visitor.citation?.(ref)
    return
  }
  if (lexicalNode.type === 'linebreak') return visitor.lineBreak?.()
  if (lexicalNode.type === 'tab') return visitor.text?.('\t')
  const children = Array.isArray(lexicalNode.children) ? lexicalNode.children : undefined
  if (!children) {
    if (typeof lexicalNode.text === 'string') visitor.text?.(lexicalNode.text)
    return
  }
  const block = !INLINE_ELEMENTS.has(String(lexicalNode.type))
  if (block) visitor.enterBlock?.(lexicalNode)
  for (const child of children) visit(child, visitor, depth + 1)
  if (block) visitor.leaveBlock?.(lexicalNode)
}

/**
 * Walks a Lexical editor state depth-first, in document order. Tolerates anything: null, a bare root node,
 * missing or non-array `children`, unknown node types (elements are walked generically, leaves without
 * `text` are skipped).
 */
export const walkLexical = ({ state, visitor }: Args): void => {
  const root = isLexicalState(state) ? state.root : isPlainObject(state) && state.type === 'root' ? state : null
  if (root) visit(root, visitor, 0)
}
