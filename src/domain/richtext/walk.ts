import type { LexicalNode } from './lexicalState'

import { contentInOrder } from '../pdq/order'
import { formattingKinds } from '../pdq/types'
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

/** `pdqBlock` / `pdqInline` nodes carry a PDQ node (`src/domain/pdq/galley/types.ts`). */
const pdqNodeOf = (node: LexicalNode): unknown =>
  isPlainObject(node.fields) && (node.fields.blockType === 'pdqBlock' || node.fields.blockType === 'pdqInline')
    ? (node.fields.node ?? null)
    : undefined

/** PDQ nodes that flow inside text; any other PDQ object (a cell, a paragraph, an item) is spaced from its neighbours. */
const PDQ_INLINE_KINDS = new Set<string>([
  'text',
  ...formattingKinds,
  'ExternalRef',
  'GlossaryTermRef',
  'LOERef',
  'SummaryRef',
  'ProtocolRef',
  'DrugRef',
  'MediaRef',
  'GlossaryTermLink',
  'LOELink',
  'ProtocolLink',
  'SummaryLink',
])

/** The text and citations of a stored PDQ node, in document order; `refidx` holds the Galley reference id. */
const visitPdq = (node: unknown, visitor: LexicalVisitor, depth: number): void => {
  if (depth > MAX_DEPTH) return
  if (Array.isArray(node)) {
    for (const child of node) visitPdq(child, visitor, depth + 1)
    return
  }
  if (!isPlainObject(node)) return
  if (node.kind === 'Reference') {
    const ref = referenceId(node.refidx)
    if (ref) visitor.citation?.(ref)
    return
  }
  if (node.kind === 'text' && typeof node.value === 'string') return visitor.text?.(node.value)
  const spaced = !PDQ_INLINE_KINDS.has(String(node.kind))
  if (spaced) visitor.text?.(' ')
  if (typeof node.text === 'string') visitor.text?.(node.text)
  for (const value of contentInOrder(node)) visitPdq(value, visitor, depth + 1)
  if (spaced) visitor.text?.(' ')
}

const visit = (node: unknown, visitor: LexicalVisitor, depth: number): void => {
  if (!isPlainObject(node) || depth > MAX_DEPTH) return
  const lexicalNode = node as LexicalNode
  const pdq = pdqNodeOf(lexicalNode)
  if (pdq !== undefined) {
    const block = lexicalNode.type === 'block'
    if (block) visitor.enterBlock?.(lexicalNode)
    visitPdq(pdq, visitor, depth + 1)
    if (block) visitor.leaveBlock?.(lexicalNode)
    return
  }
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
