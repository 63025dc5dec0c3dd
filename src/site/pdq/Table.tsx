import type { CSSProperties, ReactNode } from 'react'

import type { ColSpec, Entry, Row, SpanSpec, Table as TableNode, TGroup } from '@/domain/pdq/types'

import type { PdqContext } from './context'
import type { NodeProps } from './PdqNode'

import { FLOW, labelsOf } from './context'
import { anchorId } from './links'
import { Nodes, plainText } from './PdqNode'

/** A cell as HTML places it; `entry` is null for an empty cell filling a column the CALS row skipped. */
type Cell = { entry: Entry | null; colSpan: number; rowSpan: number }

/** Column name → column number (1-based); a ColSpec without ColNum follows the one before it. */
export const columnNumbers = (colSpecs: ColSpec[]): Map<string, number> => {
  const numbers = new Map<string, number>()
  let next = 1
  for (const spec of colSpecs) {
    const given = Number(spec.ColNum)
    const number = Number.isInteger(given) && given > 0 ? given : next
    if (spec.ColName) numbers.set(spec.ColName, number)
    next = number + 1
  }
  return numbers
}

/** The first and last column of an entry: its NameSt/NameEnd, else those of its SpanSpec. */
const columnsOf = (entry: Entry, columns: Map<string, number>, spanSpecs: SpanSpec[]) => {
  const span = entry.SpanName ? spanSpecs.find((spec) => spec.SpanName === entry.SpanName) : undefined
  const start = entry.NameSt ?? span?.NameSt
  const end = entry.NameEnd ?? (entry.NameSt ? undefined : span?.NameEnd)
  return { start: start ? columns.get(start) : undefined, end: end ? columns.get(end) : undefined }
}

const rowsMore = (entry: Entry) => {
  const more = Number(entry.MoreRows)
  return Number.isInteger(more) && more > 0 ? more : 0
}

/**
 * Lays CALS rows out as HTML cells: colSpan from NameSt…NameEnd (or the SpanSpec), rowSpan from MoreRows + 1,
 * skipping columns a cell above still covers and filling columns an entry jumps over with empty cells.
 */
export const layoutRows = (rows: Row[], colSpecs: ColSpec[], spanSpecs: SpanSpec[]): Cell[][] => {
  const columns = columnNumbers(colSpecs)
  /** Column → rows below the current one that a cell from an earlier row still covers. */
  let covered = new Map<number, number>()
  return rows.map((row) => {
    const cells: Cell[] = []
    const started = new Map<number, number>()
    const isFree = (column: number) => !(covered.get(column) ?? 0)
    let column = 1
    for (const entry of row.entries ?? []) {
      while (!isFree(column)) column++
      const { start, end } = columnsOf(entry, columns, spanSpecs)
      for (; start !== undefined && column < start; column++) if (isFree(column)) cells.push({ entry: null, colSpan: 1, rowSpan: 1 })
      const last = end !== undefined && end >= column ? end : column
      const rowSpan = rowsMore(entry) + 1
      for (let at = column; at <= last; at++) started.set(at, rowSpan - 1)
      cells.push({ entry, colSpan: last - column + 1, rowSpan })
      column = last + 1
    }
    const next = new Map<number, number>()
    for (const [at, rows] of covered) if (rows > 1) next.set(at, rows - 1)
    for (const [at, rows] of started) if (rows > 0) next.set(at, rows)
    covered = next
    return cells
  })
}

const ALIGN = new Set(['left', 'right', 'center', 'justify'])
const VALIGN = new Set(['top', 'middle', 'bottom'])

const styleOf = (entry: Entry): CSSProperties | undefined => {
  const align = entry.Align?.toLowerCase()
  const valign = entry.Valign?.toLowerCase()
  const style: CSSProperties = {}
  if (align && ALIGN.has(align)) style.textAlign = align as CSSProperties['textAlign']
  if (valign && VALIGN.has(valign)) style.verticalAlign = valign
  return Object.keys(style).length ? style : undefined
}

const Rows = ({
  rows,
  colSpecs,
  group,
  header,
  context,
}: {
  rows: Row[]
  colSpecs: ColSpec[]
  group: TGroup
  header?: boolean
  context: PdqContext
}) => (
  <>
    {layoutRows(rows, colSpecs, group.spanSpecs ?? []).map((cells, index) => (
      <tr key={index}>
        {cells.map(({ entry, colSpan, rowSpan }, at) => {
          // Header entries are column headers; an empty filler cell is data, even in the header.
          const isHeader = Boolean(header && entry)
          const Cell = isHeader ? 'th' : 'td'
          return (
            <Cell
              key={at}
              scope={isHeader ? 'col' : undefined}
              colSpan={colSpan > 1 ? colSpan : undefined}
              rowSpan={rowSpan > 1 ? rowSpan : undefined}
              style={entry ? styleOf(entry) : undefined}
            >
              {entry && <Nodes nodes={entry.children} context={context} place={FLOW} />}
            </Cell>
          )
        })}
      </tr>
    ))}
  </>
)

const PERCENT = /^\d+(\.\d+)?%$/

/** Column widths as PDQ set them, when they are percentages. */
const ColGroup = ({ colSpecs }: { colSpecs: ColSpec[] }) =>
  colSpecs.some((spec) => PERCENT.test(spec.ColWidth ?? '')) ? (
    <colgroup>
      {colSpecs.map((spec, index) => (
        <col key={index} style={PERCENT.test(spec.ColWidth ?? '') ? { width: spec.ColWidth } : undefined} />
      ))}
    </colgroup>
  ) : null

const Group = ({ group, caption, context }: { group: TGroup; caption?: ReactNode; context: PdqContext }) => {
  const colSpecs = group.colSpecs ?? []
  const specsOf = (part: { colSpecs?: ColSpec[] }) => (part.colSpecs?.length ? part.colSpecs : colSpecs)
  return (
    <table>
      {caption}
      <ColGroup colSpecs={colSpecs} />
      {group.head && (
        <thead>
          <Rows rows={group.head.rows} colSpecs={specsOf(group.head)} group={group} header context={context} />
        </thead>
      )}
      <tbody>
        <Rows rows={group.body?.rows ?? []} colSpecs={colSpecs} group={group} context={context} />
      </tbody>
      {group.foot && (
        <tfoot>
          <Rows rows={group.foot.rows} colSpecs={specsOf(group.foot)} group={group} context={context} />
        </tfoot>
      )}
    </table>
  )
}

/**
 * A CALS table as an HTML table, captioned by its title, in a `<figure class="table-scroll">` that scrolls
 * sideways on a narrow screen. The figure is focusable (tabindex 0) and named after the table, so keyboard
 * users can reach it and scroll it with the arrow keys; it carries the PDQ id, so `#_1314` links land on it.
 */
export const Table = ({ node, context }: { node: TableNode; context: PdqContext }) => {
  const title = plainText(node.title)
  const caption = node.title?.length ? (
    <caption>
      <Nodes nodes={node.title} context={context} place={{ phrasing: true, inLink: false }} />
    </caption>
  ) : undefined
  return (
    <figure id={anchorId(node.id)} className="table-scroll" tabIndex={0} aria-label={title || labelsOf(context).table}>
      {(node.groups ?? []).map((group, index) => (
        // A second TGroup continues the same table: the caption is the first one's.
        <Group key={index} group={group} caption={index === 0 ? caption : undefined} context={context} />
      ))}
    </figure>
  )
}

/**
 * A table where only phrasing content is allowed (inside a Note within a paragraph, which PDQ permits but
 * no summary does): its title, then one line per row with the cells separated by semicolons.
 */
export const LinearTable = ({ node, context, place }: NodeProps<TableNode>) => (
  <span id={anchorId(node.id)} className="para">
    <strong className="para">
      <Nodes nodes={node.title} context={context} place={place} />
    </strong>
    {(node.groups ?? []).flatMap((group, index) =>
      [...(group.head?.rows ?? []), ...(group.body?.rows ?? []), ...(group.foot?.rows ?? [])].map((row, at) => (
        <span key={`${index}-${at}`} className="para">
          {(row.entries ?? []).map((entry, cell) => (
            <span key={cell}>
              {cell > 0 && '; '}
              <Nodes nodes={entry.children} context={context} place={place} />
            </span>
          ))}
        </span>
      )),
    )}
  </span>
)
