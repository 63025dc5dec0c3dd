/**
 * The parts of Lexical's serialized editor state that Galley reads. Declared here rather than imported
 * from 'lexical' so the domain stays framework-free; every field is optional because stored JSON may be
 * partial, hand-edited or produced by an older editor version.
 */
export type LexicalNode = {
  type?: string
  text?: string
  tag?: string
  listType?: string
  children?: unknown[]
  fields?: Record<string, unknown>
  [key: string]: unknown
}

export type LexicalState = { root: LexicalNode }

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** True for anything shaped like `{ root: { type: 'root', ... } }` or `{ root: { children: [...] } }`. */
export const isLexicalState = (value: unknown): value is LexicalState => {
  if (!isPlainObject(value) || !isPlainObject(value.root)) return false
  return value.root.type === 'root' || Array.isArray(value.root.children)
}
