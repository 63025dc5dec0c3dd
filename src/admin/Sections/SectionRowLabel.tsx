'use client'

import { useRowLabel } from '@payloadcms/ui'

import { sectionOutlineLabel } from './sectionOutlineLabel'

type SectionRow = { title?: string | null; level?: number | null; pdqId?: string | null }

/**
 * A section row's label in the summary's edit view: its title, indented by level, so the collapsed rows
 * read as the summary's outline and a writer opens the one section they are changing.
 */
export const SectionRowLabel = () => {
  const { data, rowNumber } = useRowLabel<SectionRow>()
  const label = sectionOutlineLabel(data ?? {}, rowNumber ?? 0)
  return (
    <span className="galley-section-label" style={{ paddingInlineStart: `${label.indent}rem` }}>
      {label.text}
      {label.id ? <span className="galley-section-label__id"> {label.id}</span> : null}
    </span>
  )
}
