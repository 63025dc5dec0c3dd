import type { Token } from '../richtext/tokens'
import type { DiffRun } from './diffTokens'

export { hasChanges } from './hasChanges'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char])

const tokenHtml = (token: Exclude<Token, { kind: 'block' }>): string => {
  switch (token.kind) {
    case 'space':
      return ' '
    case 'citation':
      return `<sup class="citation" data-ref="${escapeHtml(token.ref)}">[${escapeHtml(token.ref)}]</sup>`
    default:
      return escapeHtml(token.text)
  }
}

const TAGS = { insert: 'ins', delete: 'del' } as const

/**
 * A word diff as HTML: one <p> per block (data-block names its type; data-diff="insert"/"delete" when
 * the block boundary itself was added or removed, e.g. a paragraph split), inserted words in <ins>,
 * deleted words in <del>. All text is escaped.
 */
export const renderDiffHtml = (runs: readonly DiffRun[]): string => {
  let html = ''
  let open: 'ins' | 'del' | null = null
  let inBlock = false
  const closeInline = (): void => {
    if (open) html += `</${open}>`
    open = null
  }
  for (const run of runs) {
    const tag = run.op === 'equal' ? null : TAGS[run.op]
    for (const token of run.tokens) {
      if (token.kind === 'block') {
        closeInline()
        if (inBlock) html += '</p>'
        const mark = run.op === 'equal' ? '' : ` data-diff="${run.op}"`
        html += `<p data-block="${escapeHtml(token.type)}"${mark}>`
        inBlock = true
        continue
      }
      if (!inBlock) {
        html += '<p>'
        inBlock = true
      }
      if (open !== tag) {
        closeInline()
        if (tag) html += `<${tag}>`
        open = tag
      }
      html += tokenHtml(token)
    }
  }
  closeInline()
  if (inBlock) html += '</p>'
  return html
}
