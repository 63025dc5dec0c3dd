const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "2026-05-16" → "2026 May 16", read from the text itself so no time zone can shift the day. */
export function formatCitedDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim())
  const month = match ? months[Number(match[2]) - 1] : undefined
  if (!match || !month) return isoDate.trim()
  return `${match[1]} ${month} ${Number(match[3])}`
}
