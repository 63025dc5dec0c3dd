import { describe, expect, it } from 'vitest'

import { WriteLock, WriteLockTimeoutError } from './writeLock'

describe('WriteLock', () => {
  it('lets one holder in at a time, the others in the order they asked', async () => {
    const lock = new WriteLock(1_000)
    const order: string[] = []
    const hold = async (name: string) => {
      const release = await lock.acquire()
      order.push(`${name} in`)
      await Promise.resolve()
      order.push(`${name} out`)
      release()
    }
    await Promise.all([hold('a'), hold('b'), hold('c')])
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out'])
  })

  it('gives up with a timeout error instead of waiting for ever', async () => {
    const lock = new WriteLock(20)
    await lock.acquire()
    await expect(lock.acquire()).rejects.toBeInstanceOf(WriteLockTimeoutError)
    expect(lock.queued).toBe(0)
  })

  it('ignores a second release, so a waiter is never let in twice', async () => {
    const lock = new WriteLock(1_000)
    const release = await lock.acquire()
    const second = lock.acquire()
    const third = lock.acquire()
    release()
    release()
    const releaseSecond = await second
    expect(lock.queued).toBe(1)
    releaseSecond()
    ;(await third)()
    expect(lock.queued).toBe(0)
  })
})
