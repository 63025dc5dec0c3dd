/**
 * NCI's weekly partner list (`Summary.YYYYWW`): one line per PDQ document that changed in an ISO week,
 * `CDR62820.xml:added|modified|removed`, here derived from the published revisions themselves.
 */

export type PdqRevisionEvent = { cdrId: string; version: number; kind: 'published' | 'retired'; publishedAt: string }

const DAY_MS = 86_400_000

/** Monday 00:00 UTC of ISO week 1 of `year`: the Monday of the week holding 4 January. */
const isoYearStart = (year: number) => {
  const fourth = Date.UTC(year, 0, 4)
  const weekday = (new Date(fourth).getUTCDay() + 6) % 7
  return fourth - weekday * DAY_MS
}

/** The ISO week as [start, end) in ms, or null when the year has no such week (only some have a W53). */
export const isoWeekRange = (year: number, week: number): [number, number] | null => {
  if (week < 1 || week > 53) return null
  const start = isoYearStart(year) + (week - 1) * 7 * DAY_MS
  if (start >= isoYearStart(year + 1)) return null
  return [start, start + 7 * DAY_MS]
}

/** `CDR0000062820` → `CDR62820.xml`, the name NCI gives the partner file. */
export const partnerFileName = (cdrId: string) => `CDR${Number(cdrId.slice(3))}.xml`

export const weeklyChanges = (events: readonly PdqRevisionEvent[], [start, end]: [number, number]): string => {
  const inWeek = new Map<string, PdqRevisionEvent[]>()
  for (const event of events) {
    const at = Date.parse(event.publishedAt)
    if (at < start || at >= end) continue
    inWeek.set(event.cdrId, [...(inWeek.get(event.cdrId) ?? []), event])
  }
  const lines = [...inWeek]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([cdrId, list]) => {
      const last = list.reduce((a, b) => (b.version > a.version ? b : a))
      const first = list.reduce((a, b) => (b.version < a.version ? b : a))
      const change = last.kind === 'retired' ? 'removed' : first.version === 1 ? 'added' : 'modified'
      return `${partnerFileName(cdrId)}:${change}`
    })
  return lines.length ? `${lines.join('\n')}\n` : ''
}
