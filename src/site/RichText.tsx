import type { ReactNode } from 'react'

import { isPlainObject } from '@/domain/richtext/lexicalState'
import { isSafeLinkUrl } from '@/domain/richtext/links'
import { referenceId } from '@/domain/richtext/walk'

import type { PdqLinks } from './pdq/context'

import { CitationMark } from './pdq/CitationMark'
import { anchorId } from './pdq/links'
import { PdqNode } from './pdq/PdqNode'

type Node = Record<string, unknown>

type Props = {
  /** Lexical editor state, as carried by a revision. */
  state: unknown
  /** Reference id → citation number in this summary; a citation with no number renders nothing. */
  citationNumbers: ReadonlyMap<string, number>
  /** Prefix of the reference list's anchors (`#ref-3`). */
  anchorPrefix?: string
  /** Where the links of PDQ content (`pdqBlock` / `pdqInline` nodes) go: language, summary type, Galley summaries, definitions. */
  pdq?: PdqLinks
}

const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16, subscript: 32, superscript: 64 } as const

const children = (node: Node): Node[] => (Array.isArray(node.children) ? node.children.filter(isPlainObject) : [])

/** Only http(s), mailto and Galley-internal links are rendered as links; anything else (javascript:, data:) as plain text. */
const safeHref = (url: unknown): string | null => (typeof url === 'string' && isSafeLinkUrl(url) ? url.trim() : null)

const formatted = (text: string, format: number, key: number): ReactNode => {
  let out: ReactNode = text
  if (format & FORMAT.code) out = <code>{out}</code>
  if (format & FORMAT.bold) out = <strong>{out}</strong>
  if (format & FORMAT.italic) out = <em>{out}</em>
  if (format & FORMAT.underline) out = <u>{out}</u>
  if (format & FORMAT.strikethrough) out = <s>{out}</s>
  if (format & FORMAT.subscript) out = <sub>{out}</sub>
  if (format & FORMAT.superscript) out = <sup>{out}</sup>
  return <span key={key}>{out}</span>
}

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])

/** The PDQ id a paragraph, list or list item keeps in its node state (`$: { pdqId: '_12' }`), so `#_12` links land. */
const pdqIdOf = (node: Node): string | undefined => (isPlainObject(node.$) ? anchorId(node.$.pdqId) : undefined)

/**
 * Renders a revision's Lexical JSON as React elements: paragraphs, headings, lists, quotes, links
 * and text formats, with citations as numbered links to the reference list. Text is never parsed as
 * HTML, unknown nodes render their children only, and attributes come from a short allow-list, so
 * whatever a writer typed is shown as text.
 */
export const RichText = ({ state, citationNumbers, anchorPrefix = 'ref-', pdq }: Props) => {
  const pdqContext = { ...pdq, citationNumbers, anchorPrefix }
  /** `inLink`: inside a link, where a PDQ node's own links render as text. */
  const render = (node: Node, key: number, depth: number, inLink = false): ReactNode => {
    if (depth > 64) return null
    const isLink = node.type === 'link' || node.type === 'autolink'
    const inner = () => children(node).map((child, index) => render(child, index, depth + 1, inLink || isLink))
    switch (node.type) {
      case 'root':
        return <>{inner()}</>
      case 'paragraph':
        return (
          <p key={key} id={pdqIdOf(node)}>
            {inner()}
          </p>
        )
      case 'heading': {
        // Section titles are h2; headings inside a section body start at h3.
        const tag = typeof node.tag === 'string' && HEADINGS.has(node.tag) ? node.tag : 'h3'
        const Tag = (tag === 'h2' ? 'h3' : tag) as 'h3'
        return <Tag key={key}>{inner()}</Tag>
      }
      case 'list':
        return node.listType === 'number' ? (
          <ol key={key} id={pdqIdOf(node)}>
            {inner()}
          </ol>
        ) : (
          <ul key={key} id={pdqIdOf(node)}>
            {inner()}
          </ul>
        )
      case 'listitem':
        return (
          <li key={key} id={pdqIdOf(node)}>
            {inner()}
          </li>
        )
      case 'quote':
        return <blockquote key={key}>{inner()}</blockquote>
      case 'linebreak':
        return <br key={key} />
      case 'text':
        return formatted(typeof node.text === 'string' ? node.text : '', typeof node.format === 'number' ? node.format : 0, key)
      case 'link':
      case 'autolink': {
        const fields = isPlainObject(node.fields) ? node.fields : {}
        const href = safeHref(fields.url ?? node.url)
        return href ? (
          <a key={key} href={href} rel="noopener noreferrer">
            {inner()}
          </a>
        ) : (
          <span key={key}>{inner()}</span>
        )
      }
      case 'block': {
        const fields = isPlainObject(node.fields) ? node.fields : {}
        // A PDQ table, Q&A set, figure, video or list Lexical cannot hold; other blocks render their children only.
        if (fields.blockType === 'pdqBlock') return <PdqNode key={key} node={fields.node} context={pdqContext} />
        return <span key={key}>{inner()}</span>
      }
      case 'inlineBlock': {
        const fields = isPlainObject(node.fields) ? node.fields : {}
        // A PDQ glossary term, link, note or figure inside a paragraph: rendered as phrasing content.
        if (fields.blockType === 'pdqInline') return <PdqNode key={key} node={fields.node} context={pdqContext} inline inLink={inLink} />
        if (fields.blockType !== 'citation') return null
        const number = citationNumbers.get(referenceId(fields.reference))
        if (number === undefined) return null
        return <CitationMark key={key} number={number} anchorPrefix={anchorPrefix} />
      }
      default:
        return <span key={key}>{inner()}</span>
    }
  }
  const root = isPlainObject(state) && isPlainObject(state.root) ? state.root : null
  return root ? <div className="rich-text">{render(root, 0, 0)}</div> : null
}
