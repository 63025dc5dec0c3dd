import { isLexicalState, isPlainObject } from '../richtext/lexicalState'
import { lexicalToPlainText } from '../richtext/plainText'

export type SectionSnapshot = {
  id: string
  index: number
  title: string
  keyPoints: string[]
  body: unknown
  /** The section's other fields (sectionType, …), compared as structured fields. */
  rest: Record<string, unknown>
}

const tidy = (text: string): string => text.replace(/\s+/g, ' ').trim()

const keyPointText = (item: unknown): string => {
  const text = isPlainObject(item) ? item.text : item
  if (typeof text === 'string') return tidy(text)
  if (isLexicalState(text)) return tidy(lexicalToPlainText(text))
  return ''
}

/**
 * A document's `sections` in order, each with a string id. A section without an id, or repeating one
 * already seen, is identified by its position instead.
 */
export const readSections = (doc: unknown): SectionSnapshot[] => {
  const sections = isPlainObject(doc) && Array.isArray(doc.sections) ? doc.sections : []
  const seen = new Set<string>()
  return sections.map((section, index) => {
    const fields = isPlainObject(section) ? section : {}
    const { id, title, keyPoints, body, ...rest } = fields
    let key = typeof id === 'string' || typeof id === 'number' ? String(id) : ''
    if (!key || seen.has(key)) key = `#${index}`
    seen.add(key)
    return {
      id: key,
      index,
      title: typeof title === 'string' ? title : '',
      keyPoints: (Array.isArray(keyPoints) ? keyPoints : []).map(keyPointText).filter(Boolean),
      body,
      rest,
    }
  })
}
