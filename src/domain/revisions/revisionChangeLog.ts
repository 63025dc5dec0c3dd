import type { ChangeLog } from '../diff/changeLog'

import { diffDocuments } from '../diff/diffDocuments'
import { isPlainObject } from '../richtext/lexicalState'
import { isPin, pinPath } from './pin'

type Side = { slug: string; content: unknown } | null

type Args = {
  /** The previous revision; null for version 1 (everything is added). A retirement's content is null. */
  before: Side
  /** The new revision; content null for a retirement (everything is removed). */
  after: Side
}

/** Pins as 'drugs/pazopanib/v2', so a list of links is compared as one value. */
const pinsAsPaths = (value: unknown): unknown => {
  if (isPin(value)) return pinPath(value)
  if (Array.isArray(value)) return value.map(pinsAsPaths)
  if (!isPlainObject(value)) return value
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, pinsAsPaths(item)]))
}

/**
 * Content in the shape the diff module reads: section bodies as Lexical state, and without the
 * resolved citation list (the diff reports cited reference ids from the bodies themselves).
 */
const diffable = (side: Side): unknown => {
  if (!side || !isPlainObject(side.content)) return null
  const { citations: _citations, sections, ...fields } = side.content
  const view: Record<string, unknown> = { slug: side.slug, ...(pinsAsPaths(fields) as object) }
  if (Array.isArray(sections)) {
    view.sections = sections.map((section) =>
      isPlainObject(section) && isPlainObject(section.body) ? { ...section, body: section.body.lexical } : section,
    )
  }
  return view
}

/** The typed change log between two revisions' content, from the same diff module reviewers use. */
export const revisionChangeLog = ({ before, after }: Args): ChangeLog => diffDocuments({ before: diffable(before), after: diffable(after) })
