import type { Block, Flow } from '@/domain/pdq/types'

import { isPlainObject } from '@/domain/richtext/lexicalState'

import type { PdqContext, Place } from './context'

import { List, Para } from './Blocks'
import { InlineNode } from './Inline'
import { EmbeddedVideo, MediaLink } from './Media'
import { Note, Quote } from './Asides'
import { QandA } from './QandA'
import { LinearTable, Table } from './Table'

type Props = {
  /** A stored PDQ node: a `pdqBlock`'s or `pdqInline`'s `fields.node`. */
  node: unknown
  context: PdqContext
  /** True when the node sits in phrasing content (a paragraph or heading): blocks then render as spans. */
  inline?: boolean
  /** True when the node sits inside a link: its own links render as text. */
  inLink?: boolean
}

export type NodeProps<T> = { node: T; context: PdqContext; place: Place }

const isPdqNode = (node: unknown): node is Flow | Block => isPlainObject(node) && typeof node.kind === 'string'

/**
 * Any stored PDQ block or inline node as server-rendered HTML (no client JavaScript): tables, lists,
 * Q&A sets, figures, videos, notes, quotes, glossary terms, levels of evidence, summary and trial links,
 * and citations numbered exactly as `RichText` numbers them. Text is only ever rendered as text.
 */
export const PdqNode = ({ node, context, inline = false, inLink = false }: Props) =>
  isPdqNode(node) ? <Node node={node} context={context} place={{ phrasing: inline, inLink }} /> : null

/** One node of a PDQ tree, by kind. */
export const Node = ({ node, context, place }: NodeProps<Flow | Block>) => {
  switch (node.kind) {
    case 'Para':
    case 'LiteralLayout':
      return <Para node={node} context={context} place={place} />
    case 'ItemizedList':
    case 'OrderedList':
      return <List node={node} context={context} place={place} />
    case 'Table':
      return place.phrasing ? <LinearTable node={node} context={context} place={place} /> : <Table node={node} context={context} />
    case 'QandASet':
      return <QandA node={node} context={context} place={place} />
    case 'MediaLink':
      return <MediaLink node={node} context={context} place={place} />
    case 'EmbeddedVideo':
      return <EmbeddedVideo node={node} context={context} place={place} />
    case 'Note':
      return <Note node={node} context={context} place={place} />
    case 'Quote':
      return <Quote node={node} context={context} place={place} />
    default:
      return <InlineNode node={node} context={context} place={place} />
  }
}

/** A run of PDQ content (mixed text and blocks, or inline content only). */
export const Nodes = ({ nodes, context, place }: { nodes: ReadonlyArray<Flow | Block> | undefined; context: PdqContext; place: Place }) => (
  <>
    {(Array.isArray(nodes) ? nodes : []).filter(isPdqNode).map((node, index) => (
      <Node key={index} node={node} context={context} place={place} />
    ))}
  </>
)

/** The text of PDQ content, spaces collapsed (for labels). */
export const plainText = (nodes: unknown): string => {
  const text = (node: unknown, depth: number): string => {
    if (depth > 64) return ''
    if (Array.isArray(node)) return node.map((child) => text(child, depth + 1)).join('')
    if (!isPlainObject(node)) return ''
    if (node.kind === 'text') return typeof node.value === 'string' ? node.value : ''
    if (typeof node.text === 'string') return node.text
    return text(node.children, depth + 1)
  }
  return text(nodes, 0).replace(/\s+/g, ' ').trim()
}
