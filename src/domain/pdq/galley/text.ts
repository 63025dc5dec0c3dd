/**
 * The plain text of PDQ nodes as a reader sees it (the same text `compare.ts` compares): text values,
 * the text of links and terms, the content of formatting; citations contribute nothing. Whitespace is
 * collapsed and trimmed.
 */
export const plainText = (nodes: readonly unknown[]): string => {
  const parts: string[] = []
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child)
      return
    }
    if (typeof node !== 'object' || node === null) return
    const value = node as Record<string, unknown>
    if (value.kind === 'text' && typeof value.value === 'string') parts.push(value.value)
    else if (typeof value.text === 'string') parts.push(value.text)
    if (Array.isArray(value.children)) visit(value.children)
  }
  visit(nodes)
  return parts.join('').replace(/\s+/g, ' ').trim()
}
