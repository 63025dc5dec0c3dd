/**
 * Which links rich text may carry to the public and to partners: http(s), mailto, and links inside
 * Galley (`/…` or `#…`). Anything else (`javascript:`, `data:`, `vbscript:`, `file:`, `//other.host`)
 * is refused when a document is saved and stripped from revisions, which partners render as they like.
 */
import { isPlainObject } from './lexicalState'

/** Nesting deeper than this is not editor output. */
const MAX_DEPTH = 256

const LINK_TYPES = new Set(['link', 'autolink'])

/** True when `url` is an http(s), mailto or Galley-internal (`/path`, `#anchor`) link. */
export const isSafeLinkUrl = (url: unknown): boolean => {
  if (typeof url !== 'string') return false
  // Browsers ignore ASCII whitespace and control characters inside a scheme (`java\tscript:`).
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '')
  if (compact.startsWith('#')) return true
  // `//host` and `/\host` leave Galley.
  if (compact.startsWith('/')) return !/^\/[/\\]/.test(compact)
  return /^(https?:\/\/|mailto:)/i.test(compact)
}

/** The URL of a link node: Payload's link feature keeps it in `fields.url`, plain Lexical in `url`. */
const linkUrl = (node: Record<string, unknown>): unknown => (isPlainObject(node.fields) ? node.fields.url : node.url)

/** An internal link to a document (Payload's `linkType: 'internal'`) has no URL to judge. */
const isDocumentLink = (node: Record<string, unknown>): boolean => isPlainObject(node.fields) && node.fields.linkType === 'internal'

const isUnsafeLink = (node: Record<string, unknown>): boolean =>
  LINK_TYPES.has(String(node.type)) && !isDocumentLink(node) && !isSafeLinkUrl(linkUrl(node))

/** Every link URL in a Lexical state that is not allowed, in document order. */
export const unsafeLinkUrls = (state: unknown): string[] => {
  const found: string[] = []
  const visit = (node: unknown, depth: number) => {
    if (depth > MAX_DEPTH) return
    if (Array.isArray(node)) return node.forEach((child) => visit(child, depth + 1))
    if (!isPlainObject(node)) return
    if (isUnsafeLink(node)) found.push(String(linkUrl(node) ?? ''))
    for (const value of Object.values(node)) if (typeof value === 'object') visit(value, depth + 1)
  }
  visit(state, 0)
  return found
}

/** A copy of a Lexical state in which every link that is not allowed is replaced by its text. */
export const stripUnsafeLinks = (state: unknown, depth = 0): unknown => {
  if (depth > MAX_DEPTH) return null
  if (Array.isArray(state)) {
    return state.flatMap((child) => {
      if (isPlainObject(child) && isUnsafeLink(child)) {
        const children = Array.isArray(child.children) ? child.children : []
        return children.map((grandchild) => stripUnsafeLinks(grandchild, depth + 1))
      }
      return [stripUnsafeLinks(child, depth + 1)]
    })
  }
  if (!isPlainObject(state)) return state
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(state)) copy[key] = stripUnsafeLinks(value, depth + 1)
  return copy
}

/** The message for a rich text field that links somewhere it may not. */
export const unsafeLinkMessage = (field: string, urls: string[]): string =>
  `${field}: links must be http(s), mailto or start with / or # (refused: ${urls.map((url) => JSON.stringify(url.slice(0, 80))).join(', ')})`
