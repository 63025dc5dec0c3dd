import { SaxesParser } from 'saxes'

/** An element as read from the XML, before it is given a meaning. Text keeps its whitespace, entities decoded. */
export type XmlElement = { name: string; attributes: Record<string, string>; children: XmlNode[] }
export type XmlNode = XmlElement | string

/** A compiler-style error: `cis/en/62820.xml: /Summary/SummarySection[3]/Table: TGroup has no Cols`. */
export class PdqFormatError extends Error {
  readonly file: string
  readonly path: string
  readonly reason: string

  constructor({ file, path, reason }: { file: string; path: string; reason: string }) {
    super(path ? `${file}: ${path}: ${reason}` : `${file}: ${reason}`)
    this.name = 'PdqFormatError'
    this.file = file
    this.path = path
    this.reason = reason
  }
}

/** Reads well-formed XML into elements; anything not well-formed is an error naming the line and column. */
export const readXml = (xml: string, file: string): XmlElement => {
  const parser = new SaxesParser({ position: true })
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  let failure: string | undefined
  parser.on('error', (error) => {
    failure ??= error.message
  })
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [] }
    const parent = stack.at(-1)
    if (parent) parent.children.push(element)
    else root = element
    stack.push(element)
  })
  parser.on('closetag', () => {
    stack.pop()
  })
  const addText = (text: string) => {
    const parent = stack.at(-1)
    if (!parent || text === '') return
    const last = parent.children.at(-1)
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + text
    else parent.children.push(text)
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  parser.write(xml).close()
  if (failure !== undefined) throw new PdqFormatError({ file, path: '', reason: `not well-formed XML: ${failure}` })
  if (!root) throw new PdqFormatError({ file, path: '', reason: 'no root element' })
  return root
}

/** Minimal escaping: what XML requires, plus `>` in text so `]]>` can never appear. */
export const escapeText = (text: string) =>
  !/[&<>\r]/.test(text) ? text : text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;')
/** In attributes, tabs and line ends are written as references: a parser would turn them into spaces. */
export const escapeAttribute = (value: string) =>
  !/[&<"\t\n\r]/.test(value)
    ? value
    : value
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/"/g, '&quot;')
        .replace(/\t/g, '&#9;')
        .replace(/\n/g, '&#10;')
        .replace(/\r/g, '&#13;')

/** Whitespace in XML is space, tab, CR and LF (not every Unicode space). */
export const isXmlWhitespace = (text: string) => /^[ \t\r\n]*$/.test(text)
