import type { ChangeLog } from './changeLog'

import { isPlainObject } from '../richtext/lexicalState'
import { diffAddedRemoved } from './diffAddedRemoved'
import { diffFields } from './diffFields'
import { diffSections } from './diffSections'
import { documentCitations } from './documentCitations'

type Args = {
  /** The published revision; null or undefined for a new document (everything is added). */
  before: unknown
  after: unknown
  /** Compare only these top-level fields (besides sections); all of them when omitted. */
  fields?: readonly string[]
  /** Keys never compared, at any depth. Keys starting with '_' are always ignored. */
  ignore?: readonly string[]
}

export const DEFAULT_IGNORE: readonly string[] = ['id', 'createdAt', 'updatedAt', '_status', 'sections']

const structuredFields = (doc: unknown, fields: readonly string[] | undefined): Record<string, unknown> => {
  if (!isPlainObject(doc)) return {}
  const { sections: _sections, ...rest } = doc
  if (!fields) return rest
  return Object.fromEntries(fields.filter((key) => key in rest).map((key) => [key, rest[key]]))
}

/**
 * What a draft changes compared with the published revision: sections (matched by id), citations
 * across the document, structured fields, and a summary with counts.
 */
export const diffDocuments = ({ before, after, fields, ignore = DEFAULT_IGNORE }: Args): ChangeLog => {
  const ignored = new Set(ignore)
  const sections = diffSections({ before, after, ignore: ignored })
  const structured = diffFields({
    before: structuredFields(before, fields),
    after: structuredFields(after, fields),
    ignore: ignored,
  })
  const citations = diffAddedRemoved({ before: documentCitations(before), after: documentCitations(after) })
  return {
    sections: {
      added: sections.added,
      removed: sections.removed,
      changed: sections.changed,
      order: sections.order,
    },
    citations,
    fields: structured.changes,
    summary: {
      sectionsAdded: sections.added.length,
      sectionsRemoved: sections.removed.length,
      sectionsChanged: sections.changed.length,
      fieldsChanged: structured.changes.length + sections.fieldsChanged,
      citationsAdded: citations.added.length,
      citationsRemoved: citations.removed.length,
      wordsInserted: sections.wordsInserted + structured.wordsInserted,
      wordsDeleted: sections.wordsDeleted + structured.wordsDeleted,
    },
  }
}
