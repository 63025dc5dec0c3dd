import { describe, expect, it } from 'vitest'

import { SlidingWindow } from './slidingWindow'

describe('SlidingWindow', () => {
  it('allows `limit` hits in a window and says how long until the next', () => {
    const window = new SlidingWindow({ limit: 3, windowMs: 60_000 })
    for (const at of [0, 10_000, 20_000]) {
      expect(window.retryAfterMs('a', at)).toBe(0)
      window.hit('a', at)
    }
    expect(window.retryAfterMs('a', 30_000)).toBe(30_000)
    // the first hit leaves the window at 60 s
    expect(window.retryAfterMs('a', 60_000)).toBe(0)
  })

  it('counts keys apart', () => {
    const window = new SlidingWindow({ limit: 1, windowMs: 1000 })
    window.hit('a', 0)
    expect(window.retryAfterMs('a', 1)).toBe(999)
    expect(window.retryAfterMs('b', 1)).toBe(0)
  })

  it('takes back one hit, and clears a key', () => {
    const window = new SlidingWindow({ limit: 2, windowMs: 1000 })
    window.hit('a', 1)
    window.hit('a', 2)
    expect(window.retryAfterMs('a', 3)).toBeGreaterThan(0)
    window.takeBack('a', 2)
    expect(window.retryAfterMs('a', 3)).toBe(0)
    window.hit('a', 4)
    window.clear('a')
    expect(window.retryAfterMs('a', 5)).toBe(0)
  })

  it('forgets the least recently hit key beyond maxKeys', () => {
    const window = new SlidingWindow({ limit: 1, windowMs: 1000, maxKeys: 2 })
    window.hit('a', 0)
    window.hit('b', 0)
    window.hit('a', 1) // a is refused but recorded: b is now the oldest
    window.hit('c', 2)
    expect(window.retryAfterMs('b', 3)).toBe(0)
    expect(window.retryAfterMs('a', 3)).toBeGreaterThan(0)
  })
})
