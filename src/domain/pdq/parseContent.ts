import type { At } from './read'
import type {
  Block,
  Caption,
  EmbeddedVideo,
  Entry,
  Flow,
  Formatting,
  FormattingKind,
  Inline,
  ItemizedList,
  MediaLink,
  OrderedList,
  Para,
  QandADiv,
  QandAEntry,
  QandASet,
  Row,
  Table,
  TableHeadOrFoot,
  TGroup,
  TitleInline,
} from './types'

import { fail, mixedChildren, noAttributes, readAttributes, Sequence, textOf } from './read'
import { formattingKinds, titleFormattingKinds } from './types'

const isFormatting = (name: string): name is FormattingKind => (formattingKinds as readonly string[]).includes(name)

/** Text and elements in order; `element` gives each child element its node or fails. */
const mixed = <T>(file: string, at: At, element: (child: At) => T): Array<T | { kind: 'text'; value: string }> =>
  mixedChildren(at).map((child) => (typeof child === 'string' ? { kind: 'text' as const, value: child } : element(child)))

const formatting = (file: string, at: At, kind: FormattingKind): Formatting =>
  kind === 'TT'
    ? { kind, ...readAttributes(file, at, 'TT'), children: inline(file, at) }
    : (noAttributes(file, at), { kind, children: inline(file, at) })

/** One inline element (`%ParaElements;`), or undefined when the name is not one. */
const inlineElement = (file: string, at: At): Inline | undefined => {
  const name = at.element.name
  if (isFormatting(name)) return formatting(file, at, name)
  switch (name) {
    case 'ExternalRef':
      return { kind: name, ...readAttributes(file, at, name), text: textOf(file, at) }
    case 'Reference':
      if (at.element.children.length > 0) fail(file, at.path, 'Reference must be empty')
      return { kind: name, ...readAttributes(file, at, name) }
    case 'GlossaryTermRef':
    case 'LOERef':
      return { kind: name, ...readAttributes(file, at, name), text: textOf(file, at) }
    case 'SummaryRef':
      return {
        kind: name,
        ...readAttributes(file, at, name),
        children: mixed(file, at, (child) =>
          child.element.name === 'GeneName'
            ? formatting(file, child, 'GeneName')
            : fail(file, child.path, `SummaryRef may not hold ${child.element.name}`),
        ),
      }
    case 'ProtocolRef':
    case 'DrugRef':
    case 'MediaRef':
      return { kind: name, ...readAttributes(file, at, name), text: textOf(file, at) } as Inline
    case 'GlossaryTermLink':
    case 'LOELink':
    case 'ProtocolLink':
    case 'SummaryLink':
      return { kind: name, ...readAttributes(file, at, name), text: textOf(file, at) }
    case 'Note':
      noAttributes(file, at)
      return { kind: name, children: flow(file, at) }
    case 'Quote': {
      noAttributes(file, at)
      const sequence = new Sequence(file, at)
      const quotedText = flow(file, sequence.required('QuotedText'))
      const source = sequence.optional('Source')
      const quoteAuthor = sequence.optional('QuoteAuthor')
      sequence.end()
      return {
        kind: name,
        quotedText,
        ...(source && { source: textOf(file, source) }),
        ...(quoteAuthor && { quoteAuthor: textOf(file, quoteAuthor) }),
      }
    }
    case 'MediaLink':
      return mediaLink(file, at)
    case 'EmbeddedVideo':
      return embeddedVideo(file, at)
  }
  return undefined
}

/** Inline content (`%ParaElements;`). */
export const inline = (file: string, at: At): Inline[] =>
  mixed(
    file,
    at,
    (child) => inlineElement(file, child) ?? fail(file, child.path, `${child.element.name} is not allowed in ${at.element.name}`),
  )

/** Title content (`%TitleData;`). */
export const titleInline = (file: string, at: At): TitleInline[] =>
  mixed(file, at, (child) =>
    (titleFormattingKinds as readonly string[]).includes(child.element.name)
      ? formatting(file, child, child.element.name as FormattingKind)
      : fail(file, child.path, `${child.element.name} is not allowed in a title (${at.element.name})`),
  )

/** Mixed content (`%TextElements;`): inline content with lists, paragraphs, tables and Q&A among it. */
export const flow = (file: string, at: At): Flow[] =>
  mixed(file, at, (child): Flow => {
    const name = child.element.name
    if (
      name === 'Para' ||
      name === 'LiteralLayout' ||
      name === 'ItemizedList' ||
      name === 'OrderedList' ||
      name === 'Table' ||
      name === 'QandASet'
    )
      return block(file, child) as Flow
    return inlineElement(file, child) ?? fail(file, child.path, `${name} is not allowed in ${at.element.name}`)
  })

export const para = (file: string, at: At): Para =>
  at.element.name === 'LiteralLayout'
    ? { kind: 'LiteralLayout', ...readAttributes(file, at, 'LiteralLayout'), children: inline(file, at) }
    : { kind: 'Para', ...readAttributes(file, at, 'Para'), children: inline(file, at) }

const captions = (file: string, ats: At[]): Caption[] =>
  ats.map((caption) => ({ ...readAttributes(file, caption, 'Caption'), children: flow(file, caption) }))

export const mediaLink = (file: string, at: At): MediaLink => {
  const sequence = new Sequence(file, at)
  const media: MediaLink = {
    kind: 'MediaLink',
    ...readAttributes(file, at, 'MediaLink'),
    captions: captions(file, sequence.many('Caption')),
  }
  sequence.end()
  return media
}

const embeddedVideo = (file: string, at: At): EmbeddedVideo => {
  const sequence = new Sequence(file, at)
  const title = sequence.optional('VideoTitle')
  const video: EmbeddedVideo = {
    kind: 'EmbeddedVideo',
    ...readAttributes(file, at, 'EmbeddedVideo'),
    ...(title && { videoTitle: textOf(file, title) }),
    captions: captions(file, sequence.many('Caption')),
  }
  sequence.end()
  return video
}

const list = (file: string, at: At, kind: 'ItemizedList' | 'OrderedList'): ItemizedList | OrderedList => {
  const sequence = new Sequence(file, at)
  const listTitle = sequence.optional('ListTitle')
  const items = sequence.many('ListItem').map((item) => (noAttributes(file, item), { children: flow(file, item) }))
  if (items.length === 0) fail(file, at.path, `${kind} has no ListItem`)
  sequence.end()
  return { kind, ...readAttributes(file, at, kind), ...(listTitle && { listTitle: titleInline(file, listTitle) }), items }
}

const rows = (file: string, ats: At[], parent: At): Row[] => {
  if (ats.length === 0) fail(file, parent.path, `${parent.element.name} has no Row`)
  return ats.map((row) => {
    const sequence = new Sequence(file, row)
    const entries: Entry[] = sequence
      .many('entry')
      .map((entry) => ({ ...readAttributes(file, entry, 'entry'), children: inline(file, entry) }))
    if (entries.length === 0) fail(file, row.path, 'Row has no entry')
    sequence.end()
    return { ...readAttributes(file, row, 'Row'), entries }
  })
}

const headOrFoot = (file: string, at: At, name: 'THead' | 'TFoot'): TableHeadOrFoot => {
  const sequence = new Sequence(file, at)
  const colSpecs = sequence.many('ColSpec').map((spec) => readAttributes(file, spec, 'ColSpec'))
  const result = { ...readAttributes(file, at, name), colSpecs, rows: rows(file, sequence.many('Row'), at) }
  sequence.end()
  return result
}

const tGroup = (file: string, at: At): TGroup => {
  const sequence = new Sequence(file, at)
  const colSpecs = sequence.many('ColSpec').map((spec) => readAttributes(file, spec, 'ColSpec'))
  const spanSpecs = sequence.many('SpanSpec').map((spec) => readAttributes(file, spec, 'SpanSpec'))
  const head = sequence.optional('THead')
  const foot = sequence.optional('TFoot')
  const body = sequence.required('TBody')
  const bodyRows = new Sequence(file, body)
  const group: TGroup = {
    ...readAttributes(file, at, 'TGroup'),
    colSpecs,
    spanSpecs,
    ...(head && { head: headOrFoot(file, head, 'THead') }),
    ...(foot && { foot: headOrFoot(file, foot, 'TFoot') }),
    body: { ...readAttributes(file, body, 'TBody'), rows: rows(file, bodyRows.many('Row'), body) },
  }
  bodyRows.end()
  sequence.end()
  return group
}

const table = (file: string, at: At): Table => {
  const sequence = new Sequence(file, at)
  const title = titleInline(file, sequence.required('Title'))
  const titleAbbrev = sequence.optional('TitleAbbrev')
  const groups = sequence.many('TGroup').map((group) => tGroup(file, group))
  if (groups.length === 0) fail(file, at.path, 'Table has no TGroup')
  sequence.end()
  return {
    kind: 'Table',
    ...readAttributes(file, at, 'Table'),
    title,
    ...(titleAbbrev && { titleAbbrev: titleInline(file, titleAbbrev) }),
    groups,
  }
}

const qandaContent = (file: string, at: At) => {
  const sequence = new Sequence(file, at)
  const title = sequence.optional('MarkedUpTitle')
  const children: Array<QandADiv | QandAEntry> = []
  for (let next = sequence.peek(); next; next = sequence.peek()) {
    if (next.element.name === 'QandADiv')
      children.push({ kind: 'QandADiv', ...readAttributes(file, next, 'QandADiv'), ...qandaContent(file, next) })
    else if (next.element.name === 'QandAEntry') children.push(qandaEntry(file, next))
    else break
    sequence.optional(next.element.name)
  }
  if (children.length === 0) fail(file, at.path, `${at.element.name} has no QandAEntry`)
  sequence.end()
  return { ...(title && { title: titleInline(file, title) }), children }
}

const qandaEntry = (file: string, at: At): QandAEntry => {
  const sequence = new Sequence(file, at)
  const question = flow(file, sequence.required('Question'))
  const answers = sequence.many('Answer').map((answer) => flow(file, answer))
  sequence.end()
  return { kind: 'QandAEntry', ...readAttributes(file, at, 'QandAEntry'), question, answers }
}

const qandaSet = (file: string, at: At): QandASet => ({
  kind: 'QandASet',
  ...readAttributes(file, at, 'QandASet'),
  ...qandaContent(file, at),
})

/** The blocks a section may hold (`%ParaLevelElements;`), or undefined for any other element. */
export const block = (file: string, at: At): Block | undefined => {
  switch (at.element.name) {
    case 'Para':
    case 'LiteralLayout':
      return para(file, at)
    case 'ItemizedList':
    case 'OrderedList':
      return list(file, at, at.element.name)
    case 'Table':
      return table(file, at)
    case 'QandASet':
      return qandaSet(file, at)
    case 'MediaLink':
      return mediaLink(file, at)
    case 'EmbeddedVideo':
      return embeddedVideo(file, at)
  }
  return undefined
}
