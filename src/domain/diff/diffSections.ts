import type { ChangeLog, SectionChange } from './changeLog'
import type { SectionSnapshot } from './readSections'

import { uniqueCitations } from '../richtext/citations'
import { countWords, toTokens } from '../richtext/tokens'
import { diffAddedRemoved } from './diffAddedRemoved'
import { diffFields } from './diffFields'
import { countChangedWords, diffTokens } from './diffTokens'
import { findMovedSections } from './findMovedSections'
import { readSections } from './readSections'

type Args = {
  before: unknown
  after: unknown
  ignore: ReadonlySet<string>
}

export type SectionsDiff = ChangeLog['sections'] & {
  wordsInserted: number
  wordsDeleted: number
  fieldsChanged: number
}

const diffSection = ({
  before,
  after,
  moved,
  ignore,
}: {
  before: SectionSnapshot
  after: SectionSnapshot
  moved: boolean
  ignore: ReadonlySet<string>
}): { change: SectionChange | null; wordsInserted: number; wordsDeleted: number } => {
  const runs = diffTokens({ before: toTokens(before.body), after: toTokens(after.body) })
  const body = runs.some((run) => run.op !== 'equal') ? runs : undefined
  const words = body ? countChangedWords(body) : { inserted: 0, deleted: 0 }
  const fields = diffFields({ before: before.rest, after: after.rest, ignore })
  const keyPoints = diffAddedRemoved({ before: before.keyPoints, after: after.keyPoints })
  const citations = diffAddedRemoved({ before: uniqueCitations(before.body), after: uniqueCitations(after.body) })
  const titleChanged = before.title !== after.title
  const changed = titleChanged || moved || body || fields.changes.length || keyPoints.added.length || keyPoints.removed.length
  if (!changed) return { change: null, wordsInserted: 0, wordsDeleted: 0 }
  return {
    change: {
      id: after.id,
      title: after.title,
      ...(titleChanged ? { titleBefore: before.title } : {}),
      ...(moved ? { moved: { from: before.index, to: after.index } } : {}),
      keyPoints,
      ...(body ? { body } : {}),
      citations,
      fields: fields.changes,
    },
    wordsInserted: words.inserted + fields.wordsInserted,
    wordsDeleted: words.deleted + fields.wordsDeleted,
  }
}

/**
 * Sections matched by id: added, removed, changed (title, position, key points, body, citations, other
 * fields) and the new order when a section moved. Unchanged sections are not listed.
 */
export const diffSections = ({ before, after, ignore }: Args): SectionsDiff => {
  const sectionsBefore = readSections(before)
  const sectionsAfter = readSections(after)
  const byId = new Map(sectionsBefore.map((section) => [section.id, section]))
  const afterIds = new Set(sectionsAfter.map((section) => section.id))
  const moved = findMovedSections({
    before: sectionsBefore.map((section) => section.id),
    after: sectionsAfter.map((section) => section.id),
  })
  const result: SectionsDiff = {
    added: [],
    removed: [],
    changed: [],
    order: null,
    wordsInserted: 0,
    wordsDeleted: 0,
    fieldsChanged: 0,
  }
  for (const section of sectionsAfter) {
    const previous = byId.get(section.id)
    if (!previous) {
      result.added.push({ id: section.id, title: section.title })
      result.wordsInserted += countWords(toTokens(section.body))
      continue
    }
    const { change, wordsInserted, wordsDeleted } = diffSection({
      before: previous,
      after: section,
      moved: moved.has(section.id),
      ignore,
    })
    if (!change) continue
    result.changed.push(change)
    result.wordsInserted += wordsInserted
    result.wordsDeleted += wordsDeleted
    result.fieldsChanged += change.fields.length
  }
  for (const section of sectionsBefore) {
    if (afterIds.has(section.id)) continue
    result.removed.push({ id: section.id, title: section.title })
    result.wordsDeleted += countWords(toTokens(section.body))
  }
  if (moved.size > 0) {
    result.order = {
      before: sectionsBefore.map((section) => section.id),
      after: sectionsAfter.map((section) => section.id),
    }
  }
  return result
}
