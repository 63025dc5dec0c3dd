import type { QandADiv, QandAEntry, QandASet } from '@/domain/pdq/types'

import type { PdqContext, Place } from './context'
import type { NodeProps } from './PdqNode'

import { anchorId } from './links'
import { Nodes } from './PdqNode'

/** Consecutive entries, grouped so each run becomes one `<dl>`; divisions stay where they are. */
const runs = (children: Array<QandADiv | QandAEntry>): Array<QandAEntry[] | QandADiv> =>
  children.reduce<Array<QandAEntry[] | QandADiv>>((out, child) => {
    const last = out[out.length - 1]
    if (child.kind === 'QandADiv') out.push(child)
    else if (Array.isArray(last)) last.push(child)
    else out.push([child])
    return out
  }, [])

const Entries = ({ entries, context, place }: { entries: QandAEntry[]; context: PdqContext; place: Place }) =>
  place.phrasing ? (
    <>
      {entries.map((entry, index) => (
        <span key={index} id={anchorId(entry.id)} className="para qanda__entry">
          <strong className="para">
            <Nodes nodes={entry.question} context={context} place={place} />
          </strong>
          {(entry.answers ?? []).map((answer, at) => (
            <span key={at} className="para">
              <Nodes nodes={answer} context={context} place={place} />
            </span>
          ))}
        </span>
      ))}
    </>
  ) : (
    <dl>
      {entries.map((entry, index) => (
        <div key={index} id={anchorId(entry.id)} className="qanda__entry">
          <dt>
            <Nodes nodes={entry.question} context={context} place={place} />
          </dt>
          {(entry.answers ?? []).map((answer, at) => (
            <dd key={at}>
              <Nodes nodes={answer} context={context} place={place} />
            </dd>
          ))}
        </div>
      ))}
    </dl>
  )

/**
 * A Q&A set (or one of its divisions): its title, then its questions and answers as a description
 * list (`<dt>` question, `<dd>` answers), each entry wrapped in a `<div>` carrying its PDQ id.
 */
export const QandA = ({ node, context, place }: NodeProps<QandASet | QandADiv>) => {
  const Box = place.phrasing ? 'span' : 'div'
  const Title = place.phrasing ? 'strong' : 'p'
  return (
    <Box id={anchorId(node.id)} className={place.phrasing ? 'para qanda' : 'qanda'}>
      {node.title?.length ? (
        <Title className="qanda__title">
          <Nodes nodes={node.title} context={context} place={{ ...place, phrasing: true }} />
        </Title>
      ) : null}
      {runs(node.children ?? []).map((run, index) =>
        Array.isArray(run) ? (
          <Entries key={index} entries={run} context={context} place={place} />
        ) : (
          <QandA key={index} node={run} context={context} place={place} />
        ),
      )}
    </Box>
  )
}
