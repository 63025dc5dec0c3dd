import type { LexicalNode } from './lexicalState'

import { walkLexical } from './walk'

export type PlainTextOptions = {
  /** Text to put where a citation is; citations are omitted when not given. */
  renderCitation?: (refId: string) => string
}

type Frame = { node: LexicalNode; parts: string[]; line: string }

/** How a container joins its child blocks: list items one per line, other blocks by a blank line. */
const separatorFor = (node: LexicalNode): string => {
  switch (node.type) {
    case 'list':
    case 'listitem':
    case 'table':
      return '\n'
    case 'tablerow':
      return ' | '
    default:
      return '\n\n'
  }
}

/** Stands in for an omitted citation until the line is tidied. */
const OMITTED = '\uE000'

/** An omitted citation takes the space before it along when punctuation or the line end follows. */
const OMITTED_BEFORE_PUNCTUATION = /(?:[^\S\n]*\uE000)+(?=[^\S\n]*(?:[.,;:!?)\]]|\n|$))/g

const tidy = (line: string): string =>
  line
    .replace(OMITTED_BEFORE_PUNCTUATION, '')
    .replaceAll(OMITTED, '')
    .split('\n')
    .map((part) => part.replace(/[^\S\n]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')

const flushLine = (frame: Frame): void => {
  const text = tidy(frame.line)
  if (text) frame.parts.push(text)
  frame.line = ''
}

/**
 * Rich text as plain text: blocks separated by a blank line, list items on their own lines, runs of
 * spaces folded. '' for null, undefined or malformed input.
 */
export const lexicalToPlainText = (state: unknown, options: PlainTextOptions = {}): string => {
  const stack: Frame[] = []
  let result = ''
  const top = (): Frame | undefined => stack[stack.length - 1]
  walkLexical({
    state,
    visitor: {
      enterBlock: (node) => {
        const parent = top()
        if (parent) flushLine(parent)
        stack.push({ node, parts: [], line: '' })
      },
      leaveBlock: () => {
        const frame = stack.pop()
        if (!frame) return
        flushLine(frame)
        const text = frame.parts.join(separatorFor(frame.node))
        const parent = top()
        if (!parent) result = text
        else if (text) parent.parts.push(text)
      },
      text: (text) => {
        const frame = top()
        if (frame) frame.line += text
      },
      lineBreak: () => {
        const frame = top()
        if (frame) frame.line += '\n'
      },
      citation: (ref) => {
        const frame = top()
        if (frame) frame.line += options.renderCitation ? options.renderCitation(ref) : OMITTED
      },
    },
  })
  return result
}
