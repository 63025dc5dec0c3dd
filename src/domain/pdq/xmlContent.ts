import type { XmlElement } from './xml'

import { isXmlWhitespace, readXml } from './xml'

/**
 * Compares two XML texts element by element, independently of the PDQ tree: same element names, same
 * attributes (in any order), same text with whitespace runs counted as one space. A round trip through
 * the tree that passes this check has dropped nothing the file said.
 */
export const compareXmlContent = (a: string, b: string, { file, limit = 20 }: { file: string; limit?: number }): string[] => {
  const differences: string[] = []
  const walk = (x: XmlElement, y: XmlElement, path: string) => {
    if (differences.length >= limit) return
    if (x.name !== y.name) {
      differences.push(`${path}: element ${x.name} ≠ ${y.name}`)
      return
    }
    const attributesOf = (element: XmlElement) =>
      Object.entries(element.attributes)
        .map(([key, value]) => `${key}="${value}"`)
        .sort()
        .join(' ')
    if (attributesOf(x) !== attributesOf(y)) differences.push(`${path}: attributes ${attributesOf(x)} ≠ ${attributesOf(y)}`)
    const xs = significant(x)
    const ys = significant(y)
    const seen = new Map<string, number>()
    for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
      const left = xs[i]
      const right = ys[i]
      if (typeof left === 'string' || typeof right === 'string' || !left || !right) {
        if (left !== right) {
          const show = (node: XmlElement | string | undefined) =>
            node === undefined ? 'nothing' : typeof node === 'string' ? `"${node.slice(0, 80)}"` : `<${node.name}>`
          differences.push(`${path}: child ${i + 1}: ${show(left)} ≠ ${show(right)}`)
          return
        }
        continue
      }
      const n = (seen.get(left.name) ?? 0) + 1
      seen.set(left.name, n)
      walk(left, right, `${path}/${left.name}[${n}]`)
    }
  }
  const x = readXml(a, file)
  walk(x, readXml(b, file), `/${x.name}`)
  return differences
}

/** Children that carry content: whitespace-only text dropped, whitespace runs collapsed to one space. */
const significant = (element: XmlElement): Array<XmlElement | string> => {
  const children = element.children
    .filter((child) => typeof child !== 'string' || !isXmlWhitespace(child))
    .map((child) => (typeof child === 'string' ? child.replace(/[ \t\r\n]+/g, ' ') : child))
  return children
}
