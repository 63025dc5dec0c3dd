import type { ReactNode } from 'react'

import type { ChangeLog, DiffRun } from '@/domain/diff'
import type { ReadableFieldChange } from '@/domain/diff/readableFieldChange'

type Labels = Record<string, string>

type Piece = { op: DiffRun['op']; text: string; ref?: string }

/** Splits word-diff runs into paragraphs of marked pieces (block tokens start a new paragraph). */
const toParagraphs = (runs: readonly DiffRun[]): Piece[][] => {
  const paragraphs: Piece[][] = [[]]
  for (const run of runs) {
    for (const token of run.tokens) {
      const current = paragraphs[paragraphs.length - 1]
      if (token.kind === 'block') {
        if (current.length > 0) paragraphs.push([])
      } else if (token.kind === 'citation') {
        current.push({ op: run.op, text: '', ref: token.ref })
      } else {
        const text = token.kind === 'space' ? ' ' : token.text
        const last = current[current.length - 1]
        if (last && last.op === run.op && last.ref === undefined) last.text += text
        else current.push({ op: run.op, text })
      }
    }
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0)
}

const Citation = ({ refId, labels }: { refId: string; labels: Labels }) => (
  <sup className="galley-diff__citation" title={labels[refId] ?? `Reference ${refId}`}>
    [{refId}]
  </sup>
)

const pieceContent = (piece: Piece, labels: Labels): ReactNode =>
  piece.ref !== undefined ? <Citation refId={piece.ref} labels={labels} /> : piece.text

const WordDiff = ({ runs, labels }: { runs: readonly DiffRun[]; labels: Labels }) => (
  <div className="galley-diff__text">
    {toParagraphs(runs).map((paragraph, p) => (
      <p key={p}>
        {paragraph.map((piece, i) =>
          piece.op === 'insert' ? (
            <ins key={i}>{pieceContent(piece, labels)}</ins>
          ) : piece.op === 'delete' ? (
            <del key={i}>{pieceContent(piece, labels)}</del>
          ) : (
            <span key={i}>{pieceContent(piece, labels)}</span>
          ),
        )}
      </p>
    ))}
  </div>
)

const FieldChanges = ({ changes }: { changes: readonly ReadableFieldChange[] }) =>
  changes.length === 0 ? null : (
    <table className="galley-diff__fields">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Published</th>
          <th scope="col">Draft</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.path}>
            <th scope="row">{change.label}</th>
            <td>
              <del>{change.before}</del>
            </td>
            <td>
              <ins>{change.after}</ins>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )

const ReferenceList = ({ title, ids, labels, mark }: { title: string; ids: readonly string[]; labels: Labels; mark: 'ins' | 'del' }) =>
  ids.length === 0 ? null : (
    <div className="galley-diff__refs">
      <h4>{title}</h4>
      <ul>
        {ids.map((id) => (
          <li key={id}>{mark === 'ins' ? <ins>{labels[id] ?? `Reference ${id}`}</ins> : <del>{labels[id] ?? `Reference ${id}`}</del>}</li>
        ))}
      </ul>
    </div>
  )

const KeyPoints = ({ added, removed }: { added: readonly string[]; removed: readonly string[] }) =>
  added.length + removed.length === 0 ? null : (
    <div className="galley-diff__keypoints">
      <h4>Key points</h4>
      <ul>
        {removed.map((point) => (
          <li key={`-${point}`}>
            <del>{point}</del>
          </li>
        ))}
        {added.map((point) => (
          <li key={`+${point}`}>
            <ins>{point}</ins>
          </li>
        ))}
      </ul>
    </div>
  )

type Props = {
  changeLog: ChangeLog
  labels: Labels
  hasPublished: boolean
  /** The change log's field changes with labels and human values, document-level and by section id. */
  fieldChanges: readonly ReadableFieldChange[]
  sectionFieldChanges: Readonly<Record<string, readonly ReadableFieldChange[]>>
}

/**
 * The reviewer's diff: the draft against the published version, section by section (matched by the
 * sections' stable ids), rich text with inserted and deleted words marked, changed fields listed, and
 * citations added and removed. Renders the domain's ChangeLog; all text goes through React (escaped).
 */
export const DiffView = ({ changeLog, labels, hasPublished, fieldChanges, sectionFieldChanges }: Props) => {
  const { sections, citations, fields, summary } = changeLog
  const nothing = sections.added.length + sections.removed.length + sections.changed.length + fields.length === 0 && sections.order === null
  return (
    <section className="galley-diff" aria-labelledby="galley-diff-title">
      <h3 id="galley-diff-title">{hasPublished ? 'Changes: draft against the published version' : 'New document: everything is added'}</h3>
      <p className="galley-diff__summary">
        {summary.sectionsChanged} section(s) changed, {summary.sectionsAdded} added, {summary.sectionsRemoved} removed;{' '}
        {summary.fieldsChanged} field(s) changed; {summary.wordsInserted} word(s) inserted, {summary.wordsDeleted} deleted;{' '}
        {summary.citationsAdded} citation(s) added, {summary.citationsRemoved} removed.
      </p>
      {nothing && <p className="galley-diff__none">The draft is the same as the published version.</p>}

      <FieldChanges changes={fieldChanges} />

      {sections.changed.map((section) => (
        <article key={section.id} className="galley-diff__section" data-section-id={section.id}>
          <h4>
            {section.titleBefore !== undefined ? (
              <>
                <del>{section.titleBefore}</del> <ins>{section.title}</ins>
              </>
            ) : (
              section.title
            )}
            {section.moved && (
              <span className="galley-diff__moved">
                {' '}
                moved from position {section.moved.from + 1} to {section.moved.to + 1}
              </span>
            )}
          </h4>
          <KeyPoints added={section.keyPoints.added} removed={section.keyPoints.removed} />
          {section.body && <WordDiff runs={section.body} labels={labels} />}
          <FieldChanges changes={sectionFieldChanges[section.id] ?? []} />
          <ReferenceList title="Citations added in this section" ids={section.citations.added} labels={labels} mark="ins" />
          <ReferenceList title="Citations removed from this section" ids={section.citations.removed} labels={labels} mark="del" />
        </article>
      ))}

      {sections.added.map((section) => (
        <article key={section.id} className="galley-diff__section galley-diff__section--added">
          <h4>
            <ins>Added section: {section.title}</ins>
          </h4>
        </article>
      ))}
      {sections.removed.map((section) => (
        <article key={section.id} className="galley-diff__section galley-diff__section--removed">
          <h4>
            <del>Removed section: {section.title}</del>
          </h4>
        </article>
      ))}

      <ReferenceList title="Citations added to the document" ids={citations.added} labels={labels} mark="ins" />
      <ReferenceList title="Citations removed from the document" ids={citations.removed} labels={labels} mark="del" />
    </section>
  )
}
