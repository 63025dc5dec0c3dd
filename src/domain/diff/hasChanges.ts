import type { ChangeLog } from './changeLog'

/** True when the change log records any difference at all. */
export const hasChanges = (changeLog: ChangeLog): boolean =>
  changeLog.sections.added.length > 0 ||
  changeLog.sections.removed.length > 0 ||
  changeLog.sections.changed.length > 0 ||
  changeLog.sections.order !== null ||
  changeLog.fields.length > 0 ||
  changeLog.citations.added.length > 0 ||
  changeLog.citations.removed.length > 0
