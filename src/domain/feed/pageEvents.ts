import type { Refusal } from '../errors'
import type { ChangeEvent, ChangesPage } from './changeEvent'

import { encodeCursor } from './cursor'
import { parseChangesQuery } from './parseChangesQuery'

type Args = {
  /** Events in ascending sequence order: all of them, or at least all after the cursor. */
  events: readonly ChangeEvent[]
  /** The `since` query parameter (a cursor); absent or empty starts from the first event. */
  since?: string | null
  /** The `limit` query parameter: 1–500, 100 when absent. */
  limit?: string | number | null
}

/** Index of the first event with a sequence number above `after` (binary search: events are sorted). */
const firstAfter = (events: readonly ChangeEvent[], after: number): number => {
  let low = 0
  let high = events.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (Number(events[middle].id) <= after) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * One page of `changes.json`: the first `limit` events after the cursor, and the cursor to continue
 * from. The cursor is the last returned sequence number (the same cursor when nothing is new), so
 * paging never skips or repeats an event even while events are appended — provided sequence numbers
 * become visible in increasing order (see the report: the store must guarantee that).
 * A bad `since` or `limit` is refused (400 naming it).
 */
export const pageEvents = ({ events, since, limit }: Args): ChangesPage | Refusal => {
  const query = parseChangesQuery({ since, limit })
  if ('ok' in query) return query
  const start = firstAfter(events, query.after)
  const page = events.slice(start, start + query.limit)
  page.forEach((event, index) => {
    if (index > 0 && Number(event.id) <= Number(page[index - 1].id)) {
      throw new Error(`pageEvents needs events in ascending sequence order; ${event.id} follows ${page[index - 1].id}`)
    }
  })
  const last = page.at(-1)
  return { events: page, nextCursor: encodeCursor({ seq: last ? Number(last.id) : query.after }) }
}
