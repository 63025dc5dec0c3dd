import type { LexicalNode } from './lexicalState'

import { walkLexical } from './walk'

/**
 * One unit of rich text for diffing. `block` marks the start of a text-bearing block (so a paragraph
 * split or a paragraph turned into a heading shows as a change); `space` is any run of whitespace.
 */
export type Token =
  | { kind: 'word'; text: string }
  | { kind: 'punct'; text: string }
  | { kind: 'space' }
  | { kind: 'citation'; ref: string }
  | { kind: 'block'; type: string }

/**
 * Whitespace (group 1), a word (group 2) or one punctuation mark. Words keep inner apostrophes,
 * hyphens and decimal points: "person's", "PD-1", "3.5".
 */
const PIECE = /(\s+)|([\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*)|[^\s\p{L}\p{N}\p{M}]/gu

/** A string equal for equal tokens and different otherwise. */
export const tokenKey = (token: Token): string => {
  switch (token.kind) {
    case 'word':
      return `w${token.text}`
    case 'punct':
      return `p${token.text}`
    case 'space':
      return ' '
    case 'citation':
      return `c${token.ref}`
    case 'block':
      return `b${token.type}`
  }
}

const blockLabel = (node: LexicalNode): string =>
  node.type === 'heading' && typeof node.tag === 'string' ? node.tag : String(node.type ?? 'block')

/**
 * Rich text as a flat token list: words, punctuation marks (one token each), folded whitespace,
 * citations and block starts. Text split across differently formatted text nodes joins up again;
 * formatting itself is not represented. [] for null, undefined or malformed input.
 */
export const toTokens = (state: unknown): Token[] => {
  const tokens: Token[] = []
  const blocks: string[] = []
  let pendingBlock: string | null = null
  let pendingSpace = false
  let buffer = ''

  const push = (token: Token): void => {
    if (pendingBlock !== null) tokens.push({ kind: 'block', type: pendingBlock })
    else if (pendingSpace) tokens.push({ kind: 'space' })
    pendingBlock = null
    pendingSpace = false
    tokens.push(token)
  }
  const flush = (): void => {
    if (!buffer) return
    for (const [piece, space, word] of buffer.matchAll(PIECE)) {
      if (space) pendingSpace = true
      else if (word) push({ kind: 'word', text: word })
      else push({ kind: 'punct', text: piece })
    }
    buffer = ''
  }

  walkLexical({
    state,
    visitor: {
      enterBlock: (node) => {
        flush()
        blocks.push(blockLabel(node))
        pendingBlock = blockLabel(node)
      },
      leaveBlock: () => {
        flush()
        blocks.pop()
        pendingBlock = blocks.length ? blocks[blocks.length - 1] : null
      },
      text: (text) => {
        buffer += text
      },
      lineBreak: () => {
        buffer += ' '
      },
      citation: (ref) => {
        flush()
        push({ kind: 'citation', ref })
      },
    },
  })
  return tokens
}

export const countWords = (tokens: readonly Token[]): number => {
  let words = 0
  for (const token of tokens) if (token.kind === 'word') words++
  return words
}
