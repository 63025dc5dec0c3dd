export type { ChangeLog, FieldChange, SectionChange } from './changeLog'
export type { DiffRun } from './diffTokens'

export { changeLogSchema, diffRunSchema, fieldChangeSchema, sectionChangeSchema, tokenSchema } from './changeLog'
export { DEFAULT_IGNORE, diffDocuments } from './diffDocuments'
export { countChangedWords, diffTokens } from './diffTokens'
export { hasChanges } from './hasChanges'
export { escapeHtml, renderDiffHtml } from './render'
