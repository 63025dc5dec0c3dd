import { describe, expect, it } from 'vitest'
import { threadComments } from './threadComments'

const comment = (id: string, parentId: string | null, minute: number) => ({
  id,
  parentId,
  createdAt: `2026-03-01T12:${String(minute).padStart(2, '0')}:00.000Z`,
  body: `comment ${id}`,
})

describe('threadComments', () => {
  it('nests replies (and replies to replies) under what they answer, oldest first', () => {
    const threads = threadComments([
      comment('4', '1', 4),
      comment('2', null, 2),
      comment('1', null, 1),
      comment('3', '1', 3),
      comment('5', '4', 5),
    ])
    expect(threads).toEqual([
      {
        id: '1',
        createdAt: '2026-03-01T12:01:00.000Z',
        body: 'comment 1',
        replies: [
          { id: '3', createdAt: '2026-03-01T12:03:00.000Z', body: 'comment 3', replies: [] },
          {
            id: '4',
            createdAt: '2026-03-01T12:04:00.000Z',
            body: 'comment 4',
            replies: [{ id: '5', createdAt: '2026-03-01T12:05:00.000Z', body: 'comment 5', replies: [] }],
          },
        ],
      },
      { id: '2', createdAt: '2026-03-01T12:02:00.000Z', body: 'comment 2', replies: [] },
    ])
  })

  it('orders comments made in the same instant by id, numerically', () => {
    const ids = threadComments([comment('10', null, 1), comment('9', null, 1)]).map((thread) => thread.id)
    expect(ids).toEqual(['9', '10'])
  })

  it('keeps a comment whose parent is missing at the top level instead of losing it', () => {
    expect(threadComments([comment('7', '6', 1)]).map((thread) => thread.id)).toEqual(['7'])
    expect(threadComments([comment('8', '8', 1)]).map((thread) => thread.id)).toEqual(['8'])
  })

  it('answers an empty list for no comments', () => {
    expect(threadComments([])).toEqual([])
  })
})
