/** What a section's row shows in the admin's outline of a summary. */
export type SectionOutlineLabel = { text: string; indent: number; id: string | null }

export const sectionOutlineLabel = (
  section: { title?: string | null; level?: number | null; pdqId?: string | null },
  rowNumber: number,
): SectionOutlineLabel => {
  const level = Number.isInteger(section.level) && (section.level as number) >= 1 ? Math.min(section.level as number, 8) : 1
  const title = section.title?.trim()
  return {
    text: title ? title : `Section ${rowNumber + 1} (continues the section above, no heading)`,
    indent: (level - 1) * 1.25,
    id: section.pdqId?.trim() || null,
  }
}
