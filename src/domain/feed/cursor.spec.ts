import { describe, expect, it } from 'vitest'

import { decodeCursor, encodeCursor } from './cursor'
import { parseChangesQuery } from './parseChangesQuery'

const queryError = (run: () => unknown) => run()

describe('cursors', () => {
  it('round-trip a sequence number through an opaque base64url string', () => {
    for (const seq of [0, 1, 99, 123_456, Number.MAX_SAFE_INTEGER]) {
      const cursor = encodeCursor({ seq })
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/)
      expect(cursor).not.toContain(String(seq))
      expect(decodeCursor({ cursor })).toBe(seq)
    }
  })

  it.each([
    ['not base64url', 'abc$'],
    ['padding', `${encodeCursor({ seq: 7 })}=`],
    ['not a number inside', Buffer.from('seven').toString('base64url')],
    ['a negative number', Buffer.from('-1').toString('base64url')],
    ['leading zeros', Buffer.from('007').toString('base64url')],
    ['beyond the safe integers', Buffer.from('9007199254740993').toString('base64url')],
    ['far too long', 'A'.repeat(40)],
  ])('rejects %s as a 400 naming since', (_, cursor) => {
    expect(queryError(() => decodeCursor({ cursor }))).toEqual({
      ok: false,
      field: 'since',
      status: 400,
      code: 'invalid-parameter',
      message: 'since must be a nextCursor returned by this feed; leave it out to start from the first event',
    })
  })
})

describe('parseChangesQuery', () => {
  it('starts from the first event with 100 events a page when nothing is given', () => {
    expect(parseChangesQuery({})).toEqual({ after: 0, limit: 100 })
    expect(parseChangesQuery({ since: '', limit: '' })).toEqual({ after: 0, limit: 100 })
  })

  it('reads the cursor and the limit', () => {
    expect(parseChangesQuery({ since: encodeCursor({ seq: 42 }), limit: '500' })).toEqual({ after: 42, limit: 500 })
    expect(parseChangesQuery({ limit: 1 })).toEqual({ after: 0, limit: 1 })
  })

  it.each(['0', '501', '-1', '2.5', '1e2', 'ten', ' 5'])('rejects limit=%s as a 400 naming limit', (limit) => {
    expect(queryError(() => parseChangesQuery({ limit }))).toEqual({
      ok: false,
      field: 'limit',
      status: 400,
      code: 'invalid-parameter',
      message: 'limit must be a whole number from 1 to 500',
    })
  })
})
