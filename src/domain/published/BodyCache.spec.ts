import { describe, expect, it } from 'vitest'

import { BodyCache } from './BodyCache'

const bytes = (count: number, fill = 'x') => Buffer.from(fill.repeat(count))

describe('BodyCache', () => {
  it('keeps bodies while they fit, and counts their bytes', () => {
    const cache = new BodyCache(10)
    cache.set('a', bytes(4))
    cache.set('b', bytes(6))
    expect([cache.bytes, cache.size, cache.get('a')?.length]).toEqual([10, 2, 4])
  })

  it('drops the least recently used bodies until the new one fits', () => {
    const cache = new BodyCache(10)
    cache.set('a', bytes(4))
    cache.set('b', bytes(4))
    cache.get('a')
    cache.set('c', bytes(4))
    expect([cache.get('a') !== undefined, cache.get('b') !== undefined, cache.get('c') !== undefined, cache.bytes]).toEqual([
      true,
      false,
      true,
      8,
    ])
  })

  it('never holds more than its budget, however many bodies pass through it', () => {
    const cache = new BodyCache(1_000)
    let most = 0
    for (let n = 0; n < 500; n++) {
      cache.set(`v${n}`, bytes(37 + (n % 90)))
      most = Math.max(most, cache.bytes)
    }
    expect(most).toBeLessThanOrEqual(1_000)
  })

  it('does not keep a body larger than the whole budget, and keeps what it held', () => {
    const cache = new BodyCache(10)
    cache.set('small', bytes(5))
    cache.set('huge', bytes(11))
    expect([cache.get('huge'), cache.get('small')?.length, cache.bytes]).toEqual([undefined, 5, 5])
  })

  it('counts a replaced body once', () => {
    const cache = new BodyCache(10)
    cache.set('a', bytes(4))
    cache.set('a', bytes(6))
    expect([cache.bytes, cache.size]).toEqual([6, 1])
  })

  it('loads a missing body once for callers that ask at the same moment, then answers from memory', async () => {
    const cache = new BodyCache(100)
    let loads = 0
    const load = async () => {
      loads += 1
      return bytes(3, 'y')
    }
    const bodies = await Promise.all([cache.fetch('k', load), cache.fetch('k', load), cache.fetch('k', load)])
    await cache.fetch('k', load)
    expect([loads, bodies.map(String)]).toEqual([1, ['yyy', 'yyy', 'yyy']])
  })

  it('forgets a failed load, so the next request tries again', async () => {
    const cache = new BodyCache(100)
    await expect(cache.fetch('k', async () => Promise.reject(new Error('database down')))).rejects.toThrow('database down')
    expect(String(await cache.fetch('k', async () => bytes(2, 'z')))).toBe('zz')
  })
})
