import type { ItemizedList, OrderedList, Para as ParaNode } from '@/domain/pdq/types'

import type { NodeProps } from './PdqNode'

import { anchorId } from './links'
import { Nodes } from './PdqNode'

/**
 * A paragraph, or a LiteralLayout (line breaks and spacing kept, long lines still wrapping). In phrasing
 * content (a Note inside a paragraph) it is a span shown as a block by the stylesheet.
 */
export const Para = ({ node, context, place }: NodeProps<ParaNode>) => {
  const className = node.kind === 'LiteralLayout' ? 'literal-layout' : undefined
  const content = <Nodes nodes={node.children} context={context} place={{ ...place, phrasing: true }} />
  return place.phrasing ? (
    <span id={anchorId(node.id)} className={['para', className].filter(Boolean).join(' ')}>
      {content}
    </span>
  ) : (
    <p id={anchorId(node.id)} className={className}>
      {content}
    </p>
  )
}

const ORDERED_TYPES = { Arabic: '1', LAlpha: 'a', UAlpha: 'A', LRoman: 'i', URoman: 'I' } as const

const listClass = (node: ItemizedList | OrderedList) =>
  node.kind === 'ItemizedList' && (node.Style === 'dash' || node.Style === 'simple') ? `list--${node.Style}` : undefined

/**
 * ItemizedList (Style bullet, dash or simple) → `<ul>`, OrderedList → `<ol>` with its numbering style;
 * the list title is a paragraph before it. In phrasing content the list is spans with ARIA list roles.
 */
export const List = ({ node, context, place }: NodeProps<ItemizedList | OrderedList>) => {
  const title = node.listTitle?.length ? <Nodes nodes={node.listTitle} context={context} place={{ ...place, phrasing: true }} /> : null
  const items = node.items ?? []
  if (place.phrasing) {
    return (
      <span className="para">
        {title && <span className="list-title">{title}</span>}
        <span role="list" id={anchorId(node.id)} className={['list', listClass(node)].filter(Boolean).join(' ')}>
          {items.map((item, index) => (
            <span role="listitem" key={index} className="list-item">
              <Nodes nodes={item.children} context={context} place={place} />
            </span>
          ))}
        </span>
      </span>
    )
  }
  const content = items.map((item, index) => (
    <li key={index}>
      <Nodes nodes={item.children} context={context} place={place} />
    </li>
  ))
  const type = node.kind === 'OrderedList' && node.Style ? ORDERED_TYPES[node.Style as keyof typeof ORDERED_TYPES] : undefined
  return (
    <>
      {title && <p className="list-title">{title}</p>}
      {node.kind === 'OrderedList' ? (
        <ol id={anchorId(node.id)} type={type}>
          {content}
        </ol>
      ) : (
        <ul id={anchorId(node.id)} className={listClass(node)}>
          {content}
        </ul>
      )}
    </>
  )
}
