import { uniqueCitations } from '../richtext/citations'
import { isLexicalState, isPlainObject } from '../richtext/lexicalState'
import { isPopulatedDocument } from './jsonValue'

/**
 * Reference ids cited by any rich text in a document (section bodies and other rich text fields), each
 * once, in document order. Internal keys (leading underscore) and populated related documents are
 * not searched: what they cite is not this document's citation.
 */
export const documentCitations = (doc: unknown): string[] => {
  const refs = new Set<string>()
  const visit = (value: unknown, depth: number): void => {
    if (depth > 64) return
    if (isLexicalState(value)) {
      for (const ref of uniqueCitations(value)) refs.add(ref)
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1)
    } else if (isPlainObject(value) && (depth === 0 || !isPopulatedDocument(value))) {
      for (const [key, item] of Object.entries(value)) if (!key.startsWith('_')) visit(item, depth + 1)
    }
  }
  visit(doc, 0)
  return [...refs]
}
