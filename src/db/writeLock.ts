/**
 * A first-come, first-served lock for one writer at a time, with a deadline: a caller that cannot
 * get it within `timeoutMs` gets a WriteLockTimeoutError instead of waiting for ever.
 */
export class WriteLockTimeoutError extends Error {
  override readonly name = 'WriteLockTimeoutError'
}

type Waiter = { grant: (release: () => void) => void; timer: NodeJS.Timeout }

export class WriteLock {
  private held = false
  private readonly waiting: Waiter[] = []

  constructor(private readonly timeoutMs: number) {}

  /** Resolves with the function that releases the lock (calling it twice is harmless). */
  acquire(): Promise<() => void> {
    if (!this.held) {
      this.held = true
      return Promise.resolve(this.releaser())
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: resolve,
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1)
          reject(new WriteLockTimeoutError(`another change held the database for more than ${this.timeoutMs / 1000} s`))
        }, this.timeoutMs),
      }
      this.waiting.push(waiter)
    })
  }

  get queued(): number {
    return this.waiting.length
  }

  private releaser(): () => void {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.waiting.shift()
      if (!next) {
        this.held = false
        return
      }
      clearTimeout(next.timer)
      next.grant(this.releaser())
    }
  }
}
