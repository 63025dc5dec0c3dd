import type { ReactNode } from 'react'

import { isPlainObject } from '@/domain/richtext/lexicalState'
import { isSafeLinkUrl } from '@/domain/richtext/links'
import { referenceId } from '@/domain/richtext/walk'

type Node = Record<string, unknown>

type Props = {
  /** Lexical editor state, as carried by a revision. */
  state: unknown
  /** Reference id → citation number in this summary; a citation with no number renders nothing. */
  citationNumbers: ReadonlyMap<string, number>
  /** Prefix of the reference list's anchors (`#ref-3`). */
  anchorPrefix?: string
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

/**
 * Renders a revision's Lexical JSON as React elements: paragraphs, headings, lists, quotes, links
 * and text formats, with citations as numbered links to the reference list. Text is never parsed as
 * HTML, unknown nodes render their children only, and attributes come from a short allow-list, so
 * whatever a writer typed is shown as text.
 */
export const RichText = ({ state, citationNumbers, anchorPrefix = 'ref-' }: Props) => {
  const render = (node: Node, key: number, depth: number): ReactNode => {
    if (depth > 64) return null
    const inner = () => children(node).map((child, index) => render(child, index, depth + 1))
    switch (node.type) {
      case 'root':
        return <>{inner()}</>
      case 'paragraph':
        return <p key={key}>{inner()}</p>
      case 'heading': {
        // Section titles are h2; headings inside a section body start at h3.
        const tag = typeof node.tag === 'string' && HEADINGS.has(node.tag) ? node.tag : 'h3'
        const Tag = (tag === 'h2' ? 'h3' : tag) as 'h3'
        return <Tag key={key}>{inner()}</Tag>
      }
      case 'list':
        return node.listType === 'number' ? <ol key={key}>{inner()}</ol> : <ul key={key}>{inner()}</ul>
      case 'listitem':
        return <li key={key}>{inner()}</li>
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
      case 'inlineBlock': {
        const fields = isPlainObject(node.fields) ? node.fields : {}
        if (fields.blockType !== 'citation') return null
        const number = citationNumbers.get(referenceId(fields.reference))
        if (number === undefined) return null
        return (
          <sup key={key} className="citation">
            <a href={`#${anchorPrefix}${number}`} aria-label={`Reference ${number}`}>
              [{number}]
            </a>
          </sup>
        )
      }
      default:
        return <span key={key}>{inner()}</span>
    }
  }
  const root = isPlainObject(state) && isPlainObject(state.root) ? state.root : null
  return root ? <div className="rich-text">{render(root, 0, 0)}</div> : null
}
