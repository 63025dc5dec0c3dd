import type { AttributedElement, Attributes } from './attributes'
import type { XmlElement } from './xml'

import { attributes } from './attributes'
import { isXmlWhitespace, PdqFormatError } from './xml'

/** An element and where it sits; its path (`/Summary/SummarySection[3]/Table`) is worked out only for an error. */
export class At {
  constructor(
    readonly element: XmlElement,
    private readonly parent?: At,
  ) {}

  /** XPath-like: `[n]` counts same-named siblings, shown when there are several. */
  get path(): string {
    if (!this.parent) return `/${this.element.name}`
    const same = this.parent.element.children.filter((child) => typeof child !== 'string' && child.name === this.element.name)
    const n = same.indexOf(this.element) + 1
    return `${this.parent.path}/${this.element.name}${same.length > 1 ? `[${n}]` : ''}`
  }
}

export const fail = (file: string, path: string, reason: string): never => {
  throw new PdqFormatError({ file, path, reason })
}

const childPaths = (at: At): Array<At | string> =>
  at.element.children.map((child) => (typeof child === 'string' ? child : new At(child, at)))

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
    .map((child) =>
      typeof child === 'string' ? child : fail(file, child.path, `${at.element.name} may hold only text, not ${child.element.name}`),
    )
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
