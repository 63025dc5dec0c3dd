import type { AttributedElement, Attributes } from './attributes'
import type { XmlElement } from './xml'

import { attributes } from './attributes'
import { isXmlWhitespace, PdqFormatError } from './xml'

/** An element and its path from the root (`/Summary/SummarySection[3]/Table`), for error messages. */
export type At = { element: XmlElement; path: string }

export const fail = (file: string, path: string, reason: string): never => {
  throw new PdqFormatError({ file, path, reason })
}

/** Child elements with XPath-like paths: `[n]` counts same-named siblings, shown when there are several. */
const childPaths = (at: At): Array<At | string> => {
  const totals = new Map<string, number>()
  for (const child of at.element.children) if (typeof child !== 'string') totals.set(child.name, (totals.get(child.name) ?? 0) + 1)
  const seen = new Map<string, number>()
  return at.element.children.map((child) => {
    if (typeof child === 'string') return child
    const n = (seen.get(child.name) ?? 0) + 1
    seen.set(child.name, n)
    return { element: child, path: `${at.path}/${child.name}${(totals.get(child.name) ?? 0) > 1 ? `[${n}]` : ''}` }
  })
}

/** Mixed content: text and child elements in document order. */
export const mixedChildren = (at: At) => childPaths(at)

/** Element-only content: whitespace between elements is formatting; other text is an error. */
export const elementChildren = (file: string, at: At): At[] =>
  childPaths(at).filter((child): child is At => {
    if (typeof child !== 'string') return true
    if (isXmlWhitespace(child)) return false
    return fail(file, at.path, `${at.element.name} may not hold text ("${child.trim().slice(0, 40)}")`)
  })

/** Text-only content (`#PCDATA`). */
export const textOf = (file: string, at: At): string =>
  childPaths(at)
    .map((child) => (typeof child === 'string' ? child : fail(file, child.path, `${at.element.name} may hold only text, not ${child.element.name}`)))
    .join('')

/** The element's attributes, checked against the DTD: unknown ones and missing required ones are errors. */
export const readAttributes = <E extends AttributedElement>(file: string, at: At, name: E): Attributes<E> => {
  const spec = attributes[name] as { required: readonly string[]; optional: readonly string[] }
  const result: Record<string, string> = {}
  for (const [key, value] of Object.entries(at.element.attributes)) {
    if (!spec.required.includes(key) && !spec.optional.includes(key)) fail(file, at.path, `${name} has an unknown attribute ${key}`)
    result[key] = value
  }
  for (const key of spec.required) if (result[key] === undefined) fail(file, at.path, `${name} has no ${key}`)
  return result as Attributes<E>
}

/** Elements without attributes. */
export const noAttributes = (file: string, at: At) => {
  const [first] = Object.keys(at.element.attributes)
  if (first !== undefined) fail(file, at.path, `${at.element.name} has an unknown attribute ${first}`)
}

/** Reads a sequence of child elements in the order the DTD gives them. */
export class Sequence {
  private readonly items: At[]
  private index = 0

  constructor(
    private readonly file: string,
    private readonly parent: At,
  ) {
    this.items = elementChildren(file, parent)
  }

  peek(): At | undefined {
    return this.items[this.index]
  }

  optional(name: string): At | undefined {
    const next = this.peek()
    if (next?.element.name !== name) return undefined
    this.index++
    return next
  }

  required(name: string): At {
    return this.optional(name) ?? fail(this.file, this.parent.path, `${this.parent.element.name} has no ${name}${this.unexpected()}`)
  }

  many(name: string): At[] {
    const found: At[] = []
    for (let next = this.optional(name); next; next = this.optional(name)) found.push(next)
    return found
  }

  end() {
    const next = this.peek()
    if (next) fail(this.file, next.path, `${next.element.name} is not allowed here in ${this.parent.element.name}`)
  }

  private unexpected() {
    const next = this.peek()
    return next ? ` (found ${next.element.name})` : ''
  }
}
