import type { Refusal } from '../errors'

import { refusal } from '../errors'
import { decodeCursor } from './cursor'

export const DEFAULT_CHANGES_LIMIT = 100
export const MAX_CHANGES_LIMIT = 500

type Args = {
  /** The `since` query parameter: a cursor; absent or empty starts from the first event. */
  since?: string | null
  /** The `limit` query parameter; absent or empty means 100. */
  limit?: string | number | null
}

export type ChangesQuery = {
  /** Events with a sequence number above this one are wanted. */
  after: number
  limit: number
}

/** Reads `changes.json`'s query, or refuses it naming `since` or `limit` (the HTTP layer answers 400). */
export const parseChangesQuery = ({ since, limit }: Args): ChangesQuery | Refusal => {
  const after = since == null || since === '' ? 0 : decodeCursor({ cursor: since })
  if (typeof after !== 'number') return after
  if (limit == null || limit === '') return { after, limit: DEFAULT_CHANGES_LIMIT }
  const text = String(limit)
  const value = /^\d{1,4}$/.test(text) ? Number(text) : Number.NaN
  if (!(value >= 1 && value <= MAX_CHANGES_LIMIT)) {
    return refusal({ status: 400, field: 'limit', message: `limit must be a whole number from 1 to ${MAX_CHANGES_LIMIT}` })
  }
  return { after, limit: value }
}
