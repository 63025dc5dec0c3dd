import type { ChangeEvent } from './changeEvent'

import { describe, expect, it } from 'vitest'

import { encodeCursor } from './cursor'
import { pageEvents as pageOrRefusal } from './pageEvents'

/** A page, failing the test on a refusal. */
const pageEvents = (args: Parameters<typeof pageOrRefusal>[0]) => {
  const page = pageOrRefusal(args)
  if ('ok' in page) throw new Error(page.message)
  return page
}

const event = (seq: number): ChangeEvent => ({
  id: String(seq),
  kind: seq % 7 === 0 ? 'retired' : 'published',
  type: 'drugs',
  slug: `drug-${seq % 5}`,
  version: Math.ceil(seq / 5),
  title: `drug ${seq % 5}`,
  at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(),
})

describe('pageEvents', () => {
  const events = [1, 2, 3, 5, 8, 13].map(event)

  it('returns the first events and a cursor after the last one', () => {
    const page = pageEvents({ events, limit: 2 })
    expect(page.events.map((item) => item.id)).toEqual(['1', '2'])
    expect(page.nextCursor).toBe(encodeCursor({ seq: 2 }))
  })

  it('continues after the cursor, across gaps in the sequence', () => {
    const page = pageEvents({ events, since: encodeCursor({ seq: 3 }), limit: 2 })
    expect(page.events.map((item) => item.id)).toEqual(['5', '8'])
    expect(pageEvents({ events, since: encodeCursor({ seq: 4 }), limit: 2 }).events.map((item) => item.id)).toEqual(['5', '8'])
  })

  it('gives back the same cursor when there is nothing new', () => {
    const since = encodeCursor({ seq: 13 })
    expect(pageEvents({ events, since })).toEqual({ events: [], nextCursor: since })
    expect(pageEvents({ events: [] })).toEqual({ events: [], nextCursor: encodeCursor({ seq: 0 }) })
  })

  it('rejects a bad cursor or limit with the parameter named', () => {
    expect(pageOrRefusal({ events, since: 'nope!' })).toMatchObject({ ok: false, status: 400, field: 'since' })
    expect(pageOrRefusal({ events, limit: '0' })).toMatchObject({ ok: false, status: 400, field: 'limit' })
  })

  it('refuses events out of sequence order rather than page them wrongly', () => {
    expect(() => pageEvents({ events: [event(2), event(1)] })).toThrow('ascending sequence order')
  })

  it('never skips or repeats an event while events are appended between pages', () => {
    // A partner syncing with random page sizes while publishes land between its requests.
    let random = 12345
    const next = (n: number) => {
      random = (random * 1103515245 + 12345) % 2 ** 31
      return random % n
    }
    for (let run = 0; run < 50; run++) {
      const log: ChangeEvent[] = []
      let seq = 0
      const append = (count: number) => {
        for (let i = 0; i < count; i++) log.push(event((seq += 1 + next(3))))
      }
      append(next(10))
      const seen: string[] = []
      let cursor: string | undefined
      const request = () => {
        const page = pageEvents({ events: log, since: cursor, limit: 1 + next(7) })
        seen.push(...page.events.map((item) => item.id))
        cursor = page.nextCursor
        return page.events.length
      }
      for (let step = 0; step < 30; step++) {
        request()
        append(next(4))
      }
      while (request() > 0) {
        // catch up with what is left
      }
      expect(seen).toEqual(log.map((item) => item.id).slice(0, seen.length))
      expect(seen).toEqual(log.map((item) => item.id))
    }
  })
})
