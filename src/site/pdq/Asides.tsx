import type { Note as NoteNode, Quote as QuoteNode } from '@/domain/pdq/types'

import type { NodeProps } from './PdqNode'

import { Nodes } from './PdqNode'

/** A note: `<aside>` among blocks; inside a paragraph a span with the ARIA note role (an aside may not sit in a `<p>`). */
export const Note = ({ node, context, place }: NodeProps<NoteNode>) =>
  place.phrasing ? (
    <span role="note" className="note">
      <Nodes nodes={node.children} context={context} place={place} />
    </span>
  ) : (
    <aside className="note">
      <Nodes nodes={node.children} context={context} place={place} />
    </aside>
  )

/** "— Author, Source", the source being the work quoted (`<cite>`). */
const Attribution = ({ node }: { node: QuoteNode }) => (
  <>
    — {node.quoteAuthor}
    {node.quoteAuthor && node.source ? ', ' : ''}
    {node.source && <cite>{node.source}</cite>}
  </>
)

/**
 * A quotation: a `<blockquote>` (in a `<figure>` with its attribution when it has one); inside a
 * paragraph a `<q>`, which is phrasing content, followed by its attribution in parentheses.
 */
export const Quote = ({ node, context, place }: NodeProps<QuoteNode>) => {
  const attributed = Boolean(node.quoteAuthor || node.source)
  if (place.phrasing)
    return (
      <>
        <q className="quote">
          <Nodes nodes={node.quotedText} context={context} place={place} />
        </q>
        {attributed && (
          <>
            {' '}
            (<Attribution node={node} />)
          </>
        )}
      </>
    )
  const quote = (
    <blockquote className={attributed ? undefined : 'quote'}>
      <Nodes nodes={node.quotedText} context={context} place={place} />
    </blockquote>
  )
  return attributed ? (
    <figure className="quote">
      {quote}
      <figcaption>
        <Attribution node={node} />
      </figcaption>
    </figure>
  ) : (
    quote
  )
}
